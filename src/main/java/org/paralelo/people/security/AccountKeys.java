package org.paralelo.people.security;

import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.springframework.stereotype.Component;

/**
 * The name sign-in throttling counts an attempt under: the account's username whether it was typed as the username
 * or the e-mail address, so {@code ana} and {@code ana@example.org} share one count. A name that is no account keeps
 * its own (normalised) key.
 */
@Component
class AccountKeys {

    private final PersonRepository people;

    AccountKeys(PersonRepository people) {
        this.people = people;
    }

    String of(String typedName) {
        String name = Person.normalise(typedName);
        return people.findByUsernameOrEmail(name).map(Person::getUsername).orElse(name);
    }
}
