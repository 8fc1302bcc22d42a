package org.paralelo.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.paralelo.base.InputChecks;

/**
 * A question as trainers write it and as a published quiz freezes it: the text (Markdown), the points it is
 * worth, general feedback shown after answering, the part that depends on its type, and an optional short title
 * that names it in the bank (GIFT's {@code ::title::}; learners never see it).
 */
public record Question(String text, BigDecimal points, String generalFeedback, QuestionBody body, String title) {

    public static final int MAX_TEXT = 5000;
    public static final int MAX_GENERAL_FEEDBACK = 5000;
    public static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);
    public static final int MAX_TITLE = 255;

    public Question {
        text = text == null ? "" : text.strip();
        points = points == null ? BigDecimal.ZERO : points;
        generalFeedback = generalFeedback == null ? "" : generalFeedback.strip();
        Objects.requireNonNull(body, "body");
        // Frozen quizzes from before titles existed read back with none.
        title = title == null ? "" : title.strip();
    }

    /** A question without a title. */
    public Question(String text, BigDecimal points, String generalFeedback, QuestionBody body) {
        this(text, points, generalFeedback, body, "");
    }

    public QuestionType type() {
        return body.type();
    }

    /**
     * Checks the whole question, common fields and type rules alike, and refuses it with every problem at once
     * (an {@link org.paralelo.base.InvalidInputException}).
     */
    public void check() {
        InputChecks checks = new InputChecks();
        check(checks);
        checks.throwIfAny();
    }

    public void check(InputChecks checks) {
        checks.text(text, "text", MAX_TEXT)
                .require(points.signum() > 0 && points.compareTo(MAX_POINTS) <= 0
                        && points.stripTrailingZeros().scale() <= 2, "points", "error.question.points",
                        MAX_POINTS.toPlainString())
                .optionalText(generalFeedback, "generalFeedback", MAX_GENERAL_FEEDBACK)
                .optionalText(title, "title", MAX_TITLE);
        body.check(checks);
    }
}
