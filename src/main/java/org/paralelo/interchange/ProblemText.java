package org.paralelo.interchange;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * How an import problem is shown: as its own message, or — when a model rule refused a field of a question — as
 * the field's name in words followed by the rule's message ("Par 5, texto de la izquierda: falta el texto.").
 * Resolved by the message source in the reader's language.
 */
final class ProblemText {

    /** A field path as the model names it: {@code text}, {@code options}, {@code pairs.4.prompt}, {@code tags.2}. */
    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)(?:\\.(\\d{1,4})(?:\\.([A-Za-z]+))?)?");

    private ProblemText() {
    }

    static String key(String messageKey, String field) {
        if (field.isEmpty()) {
            return messageKey;
        }
        return messageKey.equals("error.required") ? "interchange.field-missing" : "interchange.field-problem";
    }

    static Object[] arguments(String messageKey, List<Object> arguments, String field) {
        if (field.isEmpty()) {
            return arguments.toArray();
        }
        return new Object[] {fieldName(field),
            new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments.toArray(), messageKey)};
    }

    /**
     * A field's name: {@code interchange.field.pairs.prompt} with the pair's number (counted from 1),
     * {@code interchange.field.tags.n} for a numbered tag, {@code interchange.field.text}; the path itself when no
     * name is known.
     */
    static MessageSourceResolvable fieldName(String field) {
        Matcher parts = FIELD.matcher(field);
        if (!parts.matches()) {
            return new DefaultMessageSourceResolvable(new String[0], field);
        }
        String leaf = parts.group(3) != null ? "." + parts.group(3) : parts.group(2) != null ? ".n" : "";
        Object[] number = parts.group(2) == null ? null : new Object[] {Integer.parseInt(parts.group(2)) + 1};
        return new DefaultMessageSourceResolvable(new String[] {"interchange.field." + parts.group(1) + leaf},
                number, field);
    }
}
