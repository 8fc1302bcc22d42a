package org.paralelo.learning;

import org.paralelo.courses.ItemKind;
import org.springframework.stereotype.Component;

/** Every required quiz of the published version is passed, under the quiz's grading policy. */
@Component
class RequiredQuizzesPassed implements CompletionRule {

    @Override
    public boolean isMet(CompletionContext context) {
        return context.course().items().filter(i -> i.kind() == ItemKind.QUIZ && i.required())
                .allMatch(quiz -> context.quizOutcomes().stream()
                        .anyMatch(o -> o.itemKey().equals(quiz.key()) && o.passed()));
    }
}
