package org.paralelo.search;

import java.util.List;

/**
 * A document another module puts in the index through its {@link SearchSource}, without a course. Documents of one
 * {@code group} are replaced together; {@code accessKey} says who may find it (whoever holds that key, see {@link
 * SearchSource#accessKeys()}); {@code path} is the screen a hit opens; {@code breadcrumb} where it sits. A
 * breadcrumb part made by {@link #label} is a message key the results screen shows in the reader's language.
 */
public record SearchDocument(String group, String id, ContentType type, String accessKey, String language,
                             String title, List<String> breadcrumb, String body, String path) {

    public static final String LABEL_PREFIX = "msg:";
    /** Separates a label's message key from its one argument ({@link #label(String, String)}). */
    public static final char LABEL_ARGUMENT = '|';

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
}
