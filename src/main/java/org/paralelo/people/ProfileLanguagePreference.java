package org.paralelo.people;

import java.util.Locale;
import java.util.Optional;
import org.paralelo.base.LanguagePreference;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
        return signedIn() ? profiles.myLanguage() : Optional.empty();
    }

    @Override
    public void saveCurrentUserLanguage(Locale locale) {
        if (signedIn()) {
            profiles.setMyLanguage(locale);
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
