package org.paralelo.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.base.InvalidInputException;

/**
 * What a learner may send as the answer to a question: the right kind of {@link Response} for its type, naming
 * only that question's own options, prompts and items, within sane lengths. Anything else is refused with a
 * message (field = the question key) and the saved answer stays as it was.
 */
final class AnswerRules {

    /** About ten pages of text: long enough for any essay, small enough to keep every save light. */
    static final int MAX_ESSAY = 20_000;
    static final int MAX_SHORT_TEXT = 500;

    private AnswerRules() {
    }

    static void check(String questionKey, Question question, Response response) {
        if (response instanceof Response.Unanswered) {
            return;
        }
        boolean fits = switch (question.body()) {
            case SingleChoice single -> response instanceof Response.Choices c && c.optionKeys().size() <= 1
                    && keys(single.options().stream().map(SingleChoice.Option::key).toList())
                    .containsAll(c.optionKeys());
            case MultipleChoice multiple -> response instanceof Response.Choices c
                    && keys(multiple.options().stream().map(MultipleChoice.Option::key).toList())
                    .containsAll(c.optionKeys());
            case QuestionBody.TrueFalse ignored -> response instanceof Response.TrueOrFalse;
            case QuestionBody.ShortAnswer ignored -> response instanceof Response.Text;
            case QuestionBody.Numeric ignored -> response instanceof Response.Text;
            case QuestionBody.Essay ignored -> response instanceof Response.Text;
            case QuestionBody.Description ignored -> false;
            case Matching matching -> response instanceof Response.Matches m
                    && keys(matching.prompted().stream().map(Matching.Pair::key).toList())
                    .containsAll(m.answerByPrompt().keySet())
                    && Set.copyOf(Grading.answerChoices(matching)).containsAll(m.answerByPrompt().values());
            case Ordering ordering -> response instanceof Response.Order o
                    && o.itemKeys().size() == ordering.items().size()
                    && new HashSet<>(o.itemKeys()).equals(keys(ordering.items().stream()
                    .map(Ordering.Item::key).toList()));
        };
        if (!fits) {
            throw InvalidInputException.of(questionKey, "error.attempt.answer-does-not-fit");
        }
        if (response instanceof Response.Text text) {
            checkText(questionKey, question, text.text());
        }
    }

    private static void checkText(String questionKey, Question question, String text) {
        switch (question.body()) {
            case QuestionBody.Essay ignored -> {
                if (text.length() > MAX_ESSAY) {
                    throw InvalidInputException.of(questionKey, "error.attempt.essay-too-long", MAX_ESSAY);
                }
            }
            case QuestionBody.Numeric ignored -> {
                if (!text.isBlank() && (text.length() > QuestionBody.MAX_NUMBER_TEXT
                        || Decimals.parse(text).isEmpty())) {
                    throw InvalidInputException.of(questionKey, "error.attempt.not-a-number");
                }
            }
            default -> {
                if (text.length() > MAX_SHORT_TEXT) {
                    throw InvalidInputException.of(questionKey, "error.too-long", MAX_SHORT_TEXT);
                }
            }
        }
    }

    private static Set<String> keys(List<String> keys) {
        return Set.copyOf(keys);
    }
}
