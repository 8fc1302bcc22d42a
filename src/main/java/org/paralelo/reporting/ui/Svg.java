package org.paralelo.reporting.ui;

import java.util.Locale;

/** Small helpers for writing SVG by hand: escaped text and compact numbers. */
final class Svg {

    private Svg() {
    }

    /** Text for an element's content or an attribute value: the five XML specials escaped, controls dropped. */
    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 8);
        raw.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A coordinate with at most one decimal, dot as separator whatever the locale. */
    static String n(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** Cuts a label to {@code max} characters with an ellipsis. */
    static String shorten(String label, int max) {
        return label.codePointCount(0, label.length()) <= max ? label
                : label.substring(0, label.offsetByCodePoints(0, max - 1)) + "…";
    }
}
