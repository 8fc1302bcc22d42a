package org.paralelo.people;

/** Published after a new account is committed, whether an admin created it or the learner registered. */
public record PersonRegistered(PersonId person, boolean selfRegistered) {
}
