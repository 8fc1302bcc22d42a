package org.paralelo.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;

/**
 * The right answer to a question in words, for the review shown once feedback is due: the answers that earn full
 * credit (not those with partial credit). True/false answers come as the keys {@code attempt.true} /
 * {@code attempt.false} for the view to translate.
 */
final class RightAnswers {

    private RightAnswers() {
    }

    static List<String> of(Question question) {
        return switch (question.body()) {
            case SingleChoice single -> single.options().stream().filter(SingleChoice.Option::correct)
                    .map(SingleChoice.Option::text).toList();
            case MultipleChoice multiple -> multiple.options().stream().filter(o -> o.credit().signum() > 0)
                    .map(MultipleChoice.Option::text).toList();
            case TrueFalse trueFalse -> List.of(trueFalse.answer() ? "attempt.true" : "attempt.false");
            case ShortAnswer shortAnswer -> shortAnswer.answers().stream().filter(a -> full(a.credit()))
                    .map(ShortAnswer.Accepted::text).toList();
            case Numeric numeric -> numeric.answers().stream().filter(a -> full(a.credit()))
                    .map(a -> a.tolerance().isBlank() ? a.value() : a.value() + " ± " + a.tolerance()).toList();
            case Matching matching -> matching.prompted().stream().map(p -> p.prompt() + " → " + p.answer())
                    .toList();
            case Ordering ordering -> ordering.items().stream().map(Ordering.Item::text).toList();
            case Essay essay -> List.of();
            case QuestionBody.Description description -> List.of();
        };
    }

    private static boolean full(BigDecimal credit) {
        return credit.compareTo(QuestionBody.FULL_CREDIT) >= 0;
    }
}
