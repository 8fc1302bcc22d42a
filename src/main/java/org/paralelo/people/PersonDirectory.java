package org.paralelo.people;

import java.util.Optional;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Small look-ups about people for other parts of the system; no personal data beyond what each call names. */
@Service
@Transactional(readOnly = true)
public class PersonDirectory {

    private final PersonRepository people;

    PersonDirectory(PersonRepository people) {
        this.people = people;
    }

    /** Used by the security layer after an account event, as the system task. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> usernameOf(PersonId id) {
        return people.findById(id.value()).map(Person::getUsername);
    }
}
