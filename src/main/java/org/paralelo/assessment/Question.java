package org.paralelo.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.paralelo.base.InputChecks;

/**
 * A question as trainers write it and as a published quiz freezes it: the text (Markdown), the points it is
 * worth, general feedback shown after answering, and the part that depends on its type.
 */
public record Question(String text, BigDecimal points, String generalFeedback, QuestionBody body) {

    public static final int MAX_TEXT = 5000;
    public static final int MAX_GENERAL_FEEDBACK = 5000;
    public static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

    public Question {
        text = text == null ? "" : text.strip();
        points = points == null ? BigDecimal.ZERO : points;
        generalFeedback = generalFeedback == null ? "" : generalFeedback.strip();
        Objects.requireNonNull(body, "body");
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
                .optionalText(generalFeedback, "generalFeedback", MAX_GENERAL_FEEDBACK);
        body.check(checks);
    }
}
