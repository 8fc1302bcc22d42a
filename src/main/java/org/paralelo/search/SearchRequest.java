package org.paralelo.search;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One search: the words as typed (any text at all is accepted), optional facet filters, the page (from 0), the
 * reader's locale for labels and whether the exact words are wanted (no typo correction, only a suggestion).
 */
public record SearchRequest(String text, @Nullable String topic, @Nullable Long course, @Nullable ContentType type,
                            @Nullable String language, int page, Locale locale, boolean exact) {

    public static final int MAX_TEXT = 500;
    public static final int MAX_PAGE = 99;

    public SearchRequest {
        text = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        page = Math.max(0, Math.min(page, MAX_PAGE));
        locale = locale == null ? Locale.forLanguageTag("es-MX") : locale;
    }

    public SearchRequest(String text, @Nullable String topic, @Nullable Long course, @Nullable ContentType type,
                         @Nullable String language, int page, Locale locale) {
        this(text, topic, course, type, language, page, locale, false);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, 0, Locale.forLanguageTag("es-MX"));
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(text, topic, course, type, language, newPage, locale, exact);
    }

    public SearchRequest exactWords() {
        return new SearchRequest(text, topic, course, type, language, page, locale, true);
    }
}
