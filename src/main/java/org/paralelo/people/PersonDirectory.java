package org.paralelo.people;

import java.util.List;
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

    /** A person's name as shown beside their work (version history, course trainers). */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> displayName(PersonId id) {
        return people.findById(id.value()).map(Person::getFullName);
    }

    /** Everyone holding the trainer role, for choosing co-trainers. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<PersonRef> trainers() {
        return people.findEnabledWithRole(Role.TRAINER).stream()
                .map(p -> new PersonRef(new PersonId(p.getId()), p.getFullName(), p.getUsername())).toList();
    }

    /** Used by the security layer after an account event, as the system task. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> usernameOf(PersonId id) {
        return people.findById(id.value()).map(Person::getUsername);
    }
}
