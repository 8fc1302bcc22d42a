package org.paralelo.interchange;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * GIFT's text level: escapes ({@code \~ \= \# \{ \} \: \\ \n \->}), the format a text names ({@code [html]},
 * {@code [plain]}, {@code [markdown]}, {@code [moodle]}), and a GIFT text turned into Markdown (question texts) or
 * plain text (options, pairs, feedback). {@link GiftParser} reads the structure around it.
 */
final class GiftText {

    /** GIFT's text formats; Moodle's own ({@code [moodle]}) is read like Markdown. */
    enum Format {
        MARKDOWN, HTML, PLAIN, MOODLE
    }

    private GiftText() {
    }

    /** The first position of the target at or after from that is not escaped with a backslash; -1 if none. */
    static int find(String text, String target, int from) {
        int length = text.length();
        char first = target.charAt(0);
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == first && text.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Turns GIFT escapes back into their characters: {@code \~ \= \# \{ \} \: \\}, {@code \n} (a new line) and
     * {@code \->} (an arrow that does not separate a matching pair).
     */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < length) {
                char next = text.charAt(i + 1);
                if ("~=#{}:\\".indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
                if (next == '-' && i + 2 < length && text.charAt(i + 2) == '>') {
                    out.append('-');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The format a text names at its start ({@code [html]…}); null when it names none. */
    static @Nullable Format format(String text) {
        if (!text.startsWith("[")) {
            return null;
        }
        int end = text.indexOf(']');
        if (end < 0 || end > 9) {
            return null;
        }
        return switch (text.substring(1, end).toLowerCase(Locale.ROOT)) {
            case "markdown" -> Format.MARKDOWN;
            case "html" -> Format.HTML;
            case "plain" -> Format.PLAIN;
            case "moodle" -> Format.MOODLE;
            default -> null;
        };
    }

    /**
     * A GIFT text (still escaped) that is shown as Markdown: Markdown is kept, HTML cleaned and turned into
     * Markdown, plain text escaped so it shows as typed.
     */
    static String markdown(String raw, Format format) {
        String text = unescape(raw).strip();
        return switch (format) {
            case MARKDOWN, MOODLE -> text;
            case HTML -> HtmlToMarkdown.markdown(text);
            case PLAIN -> HtmlToMarkdown.escapePlain(text);
        };
    }

    /**
     * A GIFT text (still escaped) that is shown as plain text: HTML becomes its text, anything else stays as typed.
     * The text may name its own format; the question's is the default.
     */
    static String plain(String raw, Format questionFormat) {
        String text = raw.strip();
        Format own = format(text);
        if (own != null) {
            text = text.substring(text.indexOf(']') + 1);
        }
        text = unescape(text).strip();
        return (own == null ? questionFormat : own) == Format.HTML ? HtmlToMarkdown.plain(text) : text;
    }
}
