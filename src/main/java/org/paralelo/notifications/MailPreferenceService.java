package org.paralelo.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of mail a person receives: changed by the person when signed in, or switched off without signing
 * in through the signed link in every optional mail.
 */
@Service
@Transactional
public class MailPreferenceService {

    private final MailPreferences preferences;
    private final UnsubscribeTokens tokens;
    private final MailSettings settings;
    private final ProfileService profiles;

    MailPreferenceService(MailPreferences preferences, UnsubscribeTokens tokens, MailSettings settings,
                          ProfileService profiles) {
        this.preferences = preferences;
        this.tokens = tokens;
        this.settings = settings;
        this.profiles = profiles;
    }

    /** The optional kinds, each with how often the signed-in person receives it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MailPreference> mine() {
        PersonId me = me();
        return Arrays.stream(MailKind.values()).filter(MailKind::optional)
                .map(kind -> new MailPreference(kind, preferences.frequency(me, kind))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public void setMine(MailKind kind, boolean wanted) {
        if (!kind.optional()) {
            throw new UserFacingException("mail.preferences.required-kind");
        }
        preferences.set(me(), kind, wanted);
    }

    /** How often the signed-in person receives this kind; the daily digest only for kinds that allow it. */
    @PreAuthorize("isAuthenticated()")
    public void setMine(MailKind kind, MailFrequency frequency) {
        if (!kind.optional()) {
            throw new UserFacingException("mail.preferences.required-kind");
        }
        if (!kind.choices().contains(frequency)) {
            throw new UserFacingException("mail.preferences.no-digest");
        }
        preferences.set(me(), kind, frequency);
    }

    /**
     * One-click unsubscribe from a mail's link: no sign-in, the signature proves the link was ours. Returns the
     * kind switched off, or empty for a link that is not valid. Doing it twice is harmless.
     */
    @PreAuthorize("permitAll()")
    public Optional<MailKind> unsubscribe(String token) {
        return tokens.verify(token).map(link -> {
            preferences.set(link.person(), link.kind(), false);
            return link.kind();
        });
    }

    /** Undoes {@link #unsubscribe} from the same page, for a click made by mistake. */
    @PreAuthorize("permitAll()")
    public Optional<MailKind> resubscribe(String token) {
        return tokens.verify(token).map(link -> {
            preferences.set(link.person(), link.kind(), true);
            return link.kind();
        });
    }

    /** Whether this installation sends mail at all. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean mailAvailable() {
        return settings.configured();
    }

    private PersonId me() {
        return profiles.myId().orElseThrow(() -> new UserFacingException("error.person-not-found"));
    }
}
