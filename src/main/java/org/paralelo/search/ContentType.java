package org.paralelo.search;

/** What a search hit is; also a facet. */
public enum ContentType {
    COURSE, LESSON, QUIZ, ATTACHMENT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<ContentType> fromCode(String code) {
        for (ContentType type : values()) {
            if (type.code().equals(code)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
