package org.paralelo.people;

/** A person as other modules list them: id, name and username, nothing more. */
public record PersonRef(PersonId id, String fullName, String username) {
}
