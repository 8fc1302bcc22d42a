package org.paralelo.assessment;

import static org.paralelo.assessment.QuestionBody.FULL_CREDIT;
import static org.paralelo.assessment.QuestionBody.MAX_ACCEPTED_ANSWER;
import static org.paralelo.assessment.QuestionBody.MAX_FEEDBACK;
import static org.paralelo.assessment.QuestionBody.MAX_NUMBER_TEXT;
import static org.paralelo.assessment.QuestionBody.MAX_OPTIONS;
import static org.paralelo.assessment.QuestionBody.MIN_OPTIONS;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.base.InputChecks;

/**
 * The rules {@link QuestionBody} types share (list sizes, answer credits) and the longer ones of the types with
 * accepted answers, kept apart so the body types stay a readable list of shapes. Field names are the editor's.
 */
final class BodyChecks {

    private BodyChecks() {
    }

    static void numeric(Numeric numeric, InputChecks checks) {
        List<Numeric.Answer> answers = numeric.answers();
        checks.require(!answers.isEmpty(), "answers", "error.question.no-accepted-answer")
                .require(answers.size() <= MAX_OPTIONS, "answers", "error.question.too-many", MAX_OPTIONS);
        for (int i = 0; i < answers.size(); i++) {
            Numeric.Answer answer = answers.get(i);
            String field = "answers." + i;
            if (answer.value().isBlank()) {
                checks.require(false, field + ".value", "error.required");
            } else {
                checks.require(answer.value().length() <= MAX_NUMBER_TEXT
                        && Decimals.parse(answer.value()).isPresent(), field + ".value",
                        "error.question.not-a-number");
            }
            if (!answer.tolerance().isBlank()) {
                Optional<BigDecimal> parsed = answer.tolerance().length() <= MAX_NUMBER_TEXT
                        ? Decimals.parse(answer.tolerance()) : Optional.empty();
                checks.require(parsed.isPresent(), field + ".tolerance", "error.question.not-a-number")
                        .require(parsed.isEmpty() || parsed.get().signum() >= 0, field + ".tolerance",
                                "error.question.tolerance-negative");
            }
            answerCredit(checks, answer.credit(), field);
            checks.optionalText(answer.feedback(), field + ".feedback", MAX_FEEDBACK);
        }
        fullCreditAnswer(checks, answers.stream().map(Numeric.Answer::credit).toList());
        checks.optionalText(numeric.incorrectFeedback(), "incorrectFeedback", MAX_FEEDBACK);
    }

    static void shortAnswer(ShortAnswer question, InputChecks checks) {
        List<ShortAnswer.Accepted> answers = question.answers();
        checks.require(!answers.isEmpty(), "answers", "error.question.no-accepted-answer")
                .require(answers.size() <= MAX_OPTIONS, "answers", "error.question.too-many", MAX_OPTIONS);
        for (int i = 0; i < answers.size(); i++) {
            ShortAnswer.Accepted answer = answers.get(i);
            checks.text(answer.text(), "answers." + i + ".text", MAX_ACCEPTED_ANSWER);
            answerCredit(checks, answer.credit(), "answers." + i);
            checks.optionalText(answer.feedback(), "answers." + i + ".feedback", MAX_FEEDBACK);
        }
        fullCreditAnswer(checks, answers.stream().map(ShortAnswer.Accepted::credit).toList());
        checks.optionalText(question.incorrectFeedback(), "incorrectFeedback", MAX_FEEDBACK);
    }

    /** An accepted answer's credit: 0 to 100 %. */
    static void answerCredit(InputChecks checks, BigDecimal credit, String field) {
        checks.require(credit.signum() >= 0 && credit.compareTo(FULL_CREDIT) <= 0, field + ".credit",
                "error.question.answer-credit-range");
    }

    /** Among accepted answers with credits, one must earn everything, or no one could get full marks. */
    static void fullCreditAnswer(InputChecks checks, List<BigDecimal> credits) {
        checks.require(credits.isEmpty() || credits.stream().anyMatch(c -> c.compareTo(FULL_CREDIT) == 0),
                "answers", "error.question.no-full-credit-answer");
    }

    static void listSize(InputChecks checks, int size, String field, String tooFewKey) {
        checks.require(size >= MIN_OPTIONS, field, tooFewKey, MIN_OPTIONS)
                .require(size <= MAX_OPTIONS, field, "error.question.too-many", MAX_OPTIONS);
    }
}
