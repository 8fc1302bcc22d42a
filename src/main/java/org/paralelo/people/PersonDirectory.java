package org.paralelo.people;

import java.util.Collection;
import java.util.List;
import org.paralelo.base.Languages;
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

    /** Enabled learners matching a filter (region, state, municipality, position), for enrolling a group. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<PersonId> learnersMatching(PeopleFilter filter) {
        return people.findLearnersMatching(filter.regionId(), filter.state(), filter.municipalityKey(),
                filter.position()).stream().map(p -> new PersonId(p.getId())).toList();
    }

    /** Enabled learners whose name, username or e-mail contains the text, for enrolling one person. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<PersonRef> findLearners(String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return people.search(needle, org.springframework.data.domain.PageRequest.of(0, Math.clamp(limit, 1, 100)))
                .stream().filter(p -> p.isEnabled() && p.getRoles().contains(Role.LEARNER))
                .map(p -> new PersonRef(new PersonId(p.getId()), p.getFullName(), p.getUsername())).toList();
    }

    /** Name, place, position and language of the given people (progress tables, certificates). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<PersonFacts> facts(Collection<PersonId> ids) {
        return people.findAllById(ids.stream().map(PersonId::value).toList()).stream()
                .map(p -> new PersonFacts(new PersonId(p.getId()), p.getFullName(), p.getUsername(), p.getState(),
                        p.getMunicipality(), p.getRegion() == null ? null : p.getRegion().getId(),
                        p.getRegion() == null ? null : p.getRegion().getName(), p.getPosition(),
                        Languages.fromTag(p.getPreferredLanguage())))
                .toList();
    }

    /** Used by the security layer after an account event, as the system task. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> usernameOf(PersonId id) {
        return people.findById(id.value()).map(Person::getUsername);
    }
}
