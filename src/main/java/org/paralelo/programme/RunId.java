package org.paralelo.programme;

/** Identifies a run (cohort) of a course across modules. */
public record RunId(long value) {
}
