package org.paralelo.courses;

import java.util.Locale;

/** A topic from the taxonomy, with its name in both languages. */
public record TopicView(long id, String code, String nameEs, String nameEn, long version) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameEs;
    }
}
