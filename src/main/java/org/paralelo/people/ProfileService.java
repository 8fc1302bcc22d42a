package org.paralelo.people;

import java.util.Locale;
import java.util.Optional;
import org.paralelo.base.InputChecks;
import org.paralelo.base.Languages;
import org.paralelo.base.StaleDataException;
import org.paralelo.people.domain.Person;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person reads and edits their own profile, language and password. Nobody else's. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProfileService {

    private final CurrentPerson current;
    private final AccountRules rules;
    private final PasswordEncoder passwords;

    ProfileService(CurrentPerson current, AccountRules rules, PasswordEncoder passwords) {
        this.current = current;
        this.rules = rules;
        this.passwords = passwords;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Profile myProfile() {
        return PersonViews.profile(current.require());
    }

    /** The signed-in person's id, or empty for callers without an account (the system task). Never throws. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<PersonId> myId() {
        return current.id();
    }

    @PreAuthorize("isAuthenticated()")
    public Profile updateMyProfile(ProfileData data, long version) {
        Person me = current.require();
        StaleDataException.check(version, me.getVersion());
        InputChecks checks = new InputChecks();
        rules.checkProfile(data, me.getId(), checks);
        checks.throwIfAny();
        rules.applyProfile(me, data);
        return PersonViews.profile(me);
    }

    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(String currentPassword, String newPassword) {
        Person me = current.require();
        InputChecks checks = new InputChecks();
        checks.require(currentPassword != null && passwords.matches(currentPassword, me.getPasswordHash()),
                "currentPassword", "error.wrong-current-password");
        rules.checkPassword(newPassword, me.getUsername(), checks);
        checks.throwIfAny();
        me.setPasswordHash(passwords.encode(newPassword));
    }

    /** Empty for callers without an account, such as the start-up system task. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Locale> myLanguage() {
        return current.find().map(AccountRules::languageOf);
    }

    @PreAuthorize("isAuthenticated()")
    public void setMyLanguage(Locale locale) {
        current.find().ifPresent(me -> me.setPreferredLanguage(Languages.tag(locale)));
    }
}
