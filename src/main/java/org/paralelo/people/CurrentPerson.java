package org.paralelo.people;

import java.util.Optional;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.springframework.stereotype.Component;

/** Finds the account of whoever is signed in on this thread. */
@Component
class CurrentPerson {

    private final PersonRepository people;

    CurrentPerson(PersonRepository people) {
        this.people = people;
    }

    Optional<Person> find() {
        return Caller.authentication().flatMap(who -> people.findByUsername(who.getName()));
    }

    Person require() {
        return find().orElseThrow(() -> new UserFacingException("error.person-not-found"));
    }
}
