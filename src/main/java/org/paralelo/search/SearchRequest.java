package org.paralelo.search;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.Languages;

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
        locale = locale == null ? Languages.SPANISH : locale;
    }

    /**
     * The request from parameters as typed in an address (the screen's and the API's): blanks are absent,
     * malformed numbers and unknown types are ignored, the page is clamped.
     */
    public static SearchRequest parse(@Nullable String text, @Nullable String topic, @Nullable String course,
                                      @Nullable String type, @Nullable String language, @Nullable String page,
                                      Locale locale) {
        Long pageNumber = number(page);
        return new SearchRequest(text == null ? "" : text, blankToNull(topic), number(course),
                type == null ? null : ContentType.fromCode(type.strip().toLowerCase(Locale.ROOT)).orElse(null),
                blankToNull(language), pageNumber == null ? 0 : (int) Math.max(0, Math.min(pageNumber, MAX_PAGE)),
                locale);
    }

    public SearchRequest(String text, @Nullable String topic, @Nullable Long course, @Nullable ContentType type,
                         @Nullable String language, int page, Locale locale) {
        this(text, topic, course, type, language, page, locale, false);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, 0, Languages.SPANISH);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(text, topic, course, type, language, newPage, locale, exact);
    }

    public SearchRequest exactWords() {
        return new SearchRequest(text, topic, course, type, language, page, locale, true);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable Long number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
