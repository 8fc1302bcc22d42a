package org.paralelo.learning;

/** The result of enrolling a group by filter: how many were added and how many were already enrolled. */
public record GroupEnrolment(int added, int alreadyEnrolled) {
}
