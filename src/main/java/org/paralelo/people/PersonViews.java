package org.paralelo.people;

import org.paralelo.people.domain.Person;

/** Turns entities into the records the module hands out. */
final class PersonViews {

    private PersonViews() {
    }

    static PersonSummary summary(Person person) {
        return new PersonSummary(new PersonId(person.getId()), person.getUsername(), person.getFullName(),
                person.getEmail(), person.getRoles(), person.isEnabled(), person.getState(),
                person.getMunicipality(), person.getRegion() == null ? null : person.getRegion().getName(),
                person.getVersion());
    }

    static Profile profile(Person person) {
        return new Profile(new PersonId(person.getId()), person.getUsername(), person.getFullName(),
                person.getEmail(), AccountRules.languageOf(person), person.getState(), person.getMunicipality(),
                person.getRegion() == null ? null : person.getRegion().getId(), person.getPosition(),
                person.getCreativeFields(), person.getRoles(), person.getVersion());
    }
}
