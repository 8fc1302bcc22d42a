package org.paralelo.search;

import java.util.List;
import java.util.Locale;

/**
 * A document another module puts in the index through its {@link SearchSource}, without a course. Documents of one
 * {@code group} are replaced together; {@code accessKey} says who may find it (whoever holds that key, see {@link
 * SearchSource#accessKeys()}); {@code path} is the screen a hit opens; {@code breadcrumb} where it sits. A
 * breadcrumb part made by {@link #label} is a message key the results screen shows in the reader's language; one made
 * by {@link #named} carries a name in both languages, and the search answers the reader's (see {@link #inLanguage}).
 */
public record SearchDocument(String group, String id, ContentType type, String accessKey, String language,
                             String title, List<String> breadcrumb, String body, String path) {

    public static final String LABEL_PREFIX = "msg:";
    /** Separates a label's message key from its one argument ({@link #label(String, String)}). */
    public static final char LABEL_ARGUMENT = '|';
    static final String NAMED_PREFIX = "names:";
    private static final String NAME_SEPARATOR = "\u001e";

    public SearchDocument {
        breadcrumb = List.copyOf(breadcrumb);
    }

    /** A breadcrumb part shown translated (a fixed name such as "Buenas prácticas"), not as stored. */
    public static String label(String messageKey) {
        return LABEL_PREFIX + messageKey;
    }

    /** A translated breadcrumb part with one argument (a file name): {@code «{0}»} in the message. */
    public static String label(String messageKey, String argument) {
        return LABEL_PREFIX + messageKey + LABEL_ARGUMENT + argument;
    }

    /**
     * A breadcrumb part with an admin-given name in Spanish and in English (a category's), shown in the reader's
     * language; a blank English name falls back to the Spanish one.
     */
    public static String named(String spanish, String english) {
        return NAMED_PREFIX + spanish + NAME_SEPARATOR + english;
    }

    /** A stored breadcrumb part as a reader of {@code locale} sees it: a {@link #named} part in their language. */
    static String inLanguage(String part, Locale locale) {
        if (!part.startsWith(NAMED_PREFIX)) {
            return part;
        }
        String names = part.substring(NAMED_PREFIX.length());
        int separator = names.indexOf(NAME_SEPARATOR);
        if (separator < 0) {
            return names;
        }
        String spanish = names.substring(0, separator);
        String english = names.substring(separator + NAME_SEPARATOR.length());
        return "en".equals(locale.getLanguage()) && !english.isBlank() ? english : spanish;
    }
}
