package org.paralelo.people;

import java.time.Clock;
import org.paralelo.base.InputChecks;
import org.paralelo.base.InvalidInputException;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks and stores a new account; shared by admin creation and self-registration, whose services decide who
 * may call it and with which roles.
 */
@Component
class AccountCreation {

    private final PersonRepository people;
    private final AccountRules rules;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountCreation(PersonRepository people, AccountRules rules, PasswordEncoder passwords, Clock clock) {
        this.people = people;
        this.rules = rules;
        this.passwords = passwords;
        this.clock = clock;
    }

    PersonId create(NewAccount account, InputChecks checks) {
        return create(account, true, checks);
    }

    /** An account its owner activates through a link; any password in {@code account} is ignored. */
    PersonId createWithoutPassword(NewAccount account, InputChecks checks) {
        return create(account, false, checks);
    }

    private PersonId create(NewAccount account, boolean withPassword, InputChecks checks) {
        rules.checkUsername(account.username(), checks);
        if (withPassword) {
            rules.checkPassword(account.password(), account.username(), checks);
        }
        rules.checkProfile(account.profile(), null, checks);
        checks.throwIfAny();
        Person person = new Person(account.username(), account.profile().email(),
                withPassword ? passwords.encode(account.password()) : null, account.profile().fullName(),
                account.profile().languageTag(), clock.instant());
        rules.applyProfile(person, account.profile());
        person.setRoles(account.roles());
        try {
            return new PersonId(people.saveAndFlush(person).getId());
        } catch (DataIntegrityViolationException raced) {
            // Another registration took the same username or e-mail between the check and the insert.
            throw InvalidInputException.of("username", "error.username-or-email-taken");
        }
    }
}
