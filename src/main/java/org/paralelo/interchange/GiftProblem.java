package org.paralelo.interchange;

/**
 * A question that could not be imported: the line where it starts, a message key ({@code interchange.…} for
 * syntax, or the assessment model's own {@code error.…} key when the question breaks a rule of its type) and a
 * detail (the field concerned, or the offending text).
 */
public record GiftProblem(int line, String messageKey, String detail) {

    public GiftProblem {
        detail = detail == null ? "" : detail;
    }
}
