package org.paralelo.assessment;

import java.math.BigDecimal;
import org.paralelo.base.MarkdownRenderer;

/** A line of the bank's question list: enough to recognise and pick a question. */
public record QuestionSummary(String key, long categoryId, QuestionType type, String excerpt, BigDecimal points,
                              long version) {

    public static final int EXCERPT_LENGTH = 120;

    /** The question's words as a reader sees them (Markdown marks removed), cut to one line. */
    static String excerpt(String text) {
        String flat = MarkdownRenderer.plainText(text);
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH - 1).strip() + "…";
    }
}
