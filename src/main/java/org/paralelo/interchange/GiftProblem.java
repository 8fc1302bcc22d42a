package org.paralelo.interchange;

import java.util.List;

/**
 * A question that could not be imported, or something left out of one: the line where it starts, a message key
 * ({@code interchange.…} for syntax, or the assessment model's own {@code error.…} key when the question breaks a
 * rule of its type), a detail (the offending text, or the rule's argument) and the arguments of the message; for a
 * model refusal also the field concerned ({@code pairs.4.prompt}), which the shown message names in words.
 */
public record GiftProblem(int line, String messageKey, String detail, List<Object> arguments, String field) {

    public GiftProblem {
        detail = detail == null ? "" : detail;
        arguments = arguments == null ? List.of(detail) : List.copyOf(arguments);
        field = field == null ? "" : field;
    }

    /** A problem whose message shows the detail as its one argument. */
    public GiftProblem(int line, String messageKey, String detail) {
        this(line, messageKey, detail, null, "");
    }

    /** The same problem at another line. */
    GiftProblem at(int otherLine) {
        return new GiftProblem(otherLine, messageKey, detail, arguments, field);
    }
}
