package org.paralelo.interchange;

import java.util.Objects;
import org.paralelo.assessment.Question;

/**
 * A question read from an import file: the line where it starts, the category it was under ({@code $CATEGORY:} in
 * GIFT; empty when none was given) and the checked question itself.
 */
public record ParsedQuestion(int line, String category, Question question) {

    public ParsedQuestion {
        category = category == null ? "" : category.strip();
        Objects.requireNonNull(question, "question");
    }
}
