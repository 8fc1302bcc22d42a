package org.paralelo.assessment;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;

/**
 * The full-marks answer to a question, as a learner would send it (essays get a short text, descriptions nothing).
 */
final class Answers {

    private Answers() {
    }

    static Response right(Question question) {
        return switch (question.body()) {
            case SingleChoice single -> new Response.Choices(Set.of(single.options().stream()
                    .filter(SingleChoice.Option::correct).findFirst().orElseThrow().key()));
            case MultipleChoice multiple -> new Response.Choices(multiple.options().stream()
                    .filter(o -> o.credit().signum() > 0).map(MultipleChoice.Option::key).collect(Collectors.toSet()));
            case TrueFalse trueFalse -> new Response.TrueOrFalse(trueFalse.answer());
            case ShortAnswer shortAnswer -> new Response.Text(shortAnswer.answers().stream()
                    .filter(a -> full(a.credit())).findFirst().orElseThrow().text());
            case Numeric numeric -> new Response.Text(numeric.answers().stream()
                    .filter(a -> full(a.credit())).findFirst().orElseThrow().value());
            case Matching matching -> new Response.Matches(matching.prompted().stream()
                    .collect(Collectors.toMap(Matching.Pair::key, Matching.Pair::answer)));
            case Ordering ordering -> new Response.Order(ordering.items().stream().map(Ordering.Item::key).toList());
            case Essay essay -> new Response.Text("La política cultural de Teotitlán apoya a las tejedoras.");
            case QuestionBody.Description description -> new Response.Unanswered();
        };
    }

    private static boolean full(java.math.BigDecimal credit) {
        return credit.compareTo(QuestionBody.FULL_CREDIT) == 0;
    }

    static Map<String, Response> rightForAll(PublishedQuiz quiz) {
        return quiz.slots().stream().flatMap(s -> s.questions().stream())
                .collect(Collectors.toMap(PublishedQuiz.FrozenQuestion::key, q -> right(q.question())));
    }
}
