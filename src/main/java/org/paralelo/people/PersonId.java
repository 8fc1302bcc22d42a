package org.paralelo.people;

/** Identifies a person across modules without exposing the account itself. */
public record PersonId(long value) {
}
