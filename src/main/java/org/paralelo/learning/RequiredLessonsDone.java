package org.paralelo.learning;

import org.paralelo.courses.ItemKind;
import org.springframework.stereotype.Component;

/** Every required lesson of the published version is done. */
@Component
class RequiredLessonsDone implements CompletionRule {

    @Override
    public boolean isMet(CompletionContext context) {
        return context.course().items().filter(i -> i.kind() == ItemKind.LESSON && i.required())
                .allMatch(i -> context.lessonsDone().contains(i.key()));
    }
}
