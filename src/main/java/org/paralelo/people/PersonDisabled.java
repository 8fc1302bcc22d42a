package org.paralelo.people;

/** Published after an admin disables an account. */
public record PersonDisabled(PersonId person) {
}
