package org.paralelo.base;

import java.util.List;
import java.util.Locale;

/** The languages Paralelo speaks: Spanish (Mexico) first, English second. */
public final class Languages {

    public static final Locale SPANISH = Locale.of("es", "MX");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(SPANISH, ENGLISH);
    /** The tags stored in profiles, courses and certificates. */
    public static final String SPANISH_TAG = "es-MX";
    public static final String ENGLISH_TAG = "en";

    private Languages() {
    }

    /** Maps any locale to the supported one with the same language, Spanish when none matches. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : SPANISH;
    }

    /** The tag stored in profiles: {@code es-MX} or {@code en}. */
    public static String tag(Locale locale) {
        return supported(locale).toLanguageTag();
    }

    public static Locale fromTag(String tag) {
        return supported(tag == null ? null : Locale.forLanguageTag(tag));
    }
}
