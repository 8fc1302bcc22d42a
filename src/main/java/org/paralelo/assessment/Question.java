package org.paralelo.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.paralelo.base.InputChecks;

/**
 * A question as trainers write it and as a published quiz freezes it: the text (Markdown), the points it is
 * worth, general feedback shown after answering, the part that depends on its type, and an optional short title
 * that names it in the bank (GIFT's {@code ::title::}; learners never see it). Questions brought from Moodle keep
 * its id number and tags ({@code // [id:q1] [tag:costos]}), so they can go back with them; learners never see them
 * either.
 */
public record Question(String text, BigDecimal points, String generalFeedback, QuestionBody body, String title,
                       String idNumber, List<String> tags) {

    public static final int MAX_TEXT = 5000;
    public static final int MAX_GENERAL_FEEDBACK = 5000;
    public static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);
    public static final int MAX_TITLE = 255;
    /** Moodle's own limits: an id number of 100 characters, tags of 50. */
    public static final int MAX_ID_NUMBER = 100;
    public static final int MAX_TAG = 50;
    public static final int MAX_TAGS = 20;

    public Question {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(body, "body");
        // A description is worth nothing, whatever a form or a file says.
        points = points == null || !body.type().answered() ? BigDecimal.ZERO : points;
        generalFeedback = generalFeedback == null ? "" : generalFeedback.strip();
        // Frozen quizzes from before titles, ids and tags existed read back with none.
        title = title == null ? "" : title.strip();
        idNumber = idNumber == null ? "" : idNumber.strip();
        tags = tags == null ? List.of() : tags.stream().map(t -> t == null ? "" : t.strip()).toList();
    }

    /** A question without id number or tags. */
    public Question(String text, BigDecimal points, String generalFeedback, QuestionBody body, String title) {
        this(text, points, generalFeedback, body, title, "", List.of());
    }

    /** A question without a title. */
    public Question(String text, BigDecimal points, String generalFeedback, QuestionBody body) {
        this(text, points, generalFeedback, body, "", "", List.of());
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
                .require(!type().answered() || points.signum() > 0 && points.compareTo(MAX_POINTS) <= 0
                        && points.stripTrailingZeros().scale() <= 2, "points", "error.question.points",
                        MAX_POINTS.toPlainString())
                .optionalText(generalFeedback, "generalFeedback", MAX_GENERAL_FEEDBACK)
                .optionalText(title, "title", MAX_TITLE)
                .optionalText(idNumber, "idNumber", MAX_ID_NUMBER)
                .require(tags.size() <= MAX_TAGS, "tags", "error.question.too-many", MAX_TAGS);
        for (int i = 0; i < tags.size(); i++) {
            checks.text(tags.get(i), "tags." + i, MAX_TAG)
                    .require(tags.get(i).indexOf(',') < 0, "tags." + i, "error.question.tag-comma");
        }
        body.check(checks);
    }
}
