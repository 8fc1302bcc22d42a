package org.paralelo.people;

/** Published after an admin changes someone's roles; their open sessions end so the new roles apply at once. */
public record PersonRolesChanged(PersonId person) {
}
