package org.paralelo.people;

import java.util.Locale;
import java.util.Optional;
import org.paralelo.base.LanguagePreference;
import org.springframework.stereotype.Component;

/** Keeps the language a signed-in person picks in their profile; visitors keep it in the session only. */
@Component
class ProfileLanguagePreference implements LanguagePreference {

    private final ProfileService profiles;

    ProfileLanguagePreference(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public Optional<Locale> currentUserLanguage() {
        return Caller.authentication().isPresent() ? profiles.myLanguage() : Optional.empty();
    }

    @Override
    public void saveCurrentUserLanguage(Locale locale) {
        if (Caller.authentication().isPresent()) {
            profiles.setMyLanguage(locale);
        }
    }
}
