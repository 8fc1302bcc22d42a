package org.paralelo.base;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the signed-in person's preferred language is kept. Implemented by the people module; the layout reads
 * it at sign-in and writes it when the person switches language.
 */
public interface LanguagePreference {

    Optional<Locale> currentUserLanguage();

    void saveCurrentUserLanguage(Locale locale);
}
