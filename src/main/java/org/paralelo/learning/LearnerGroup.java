package org.paralelo.learning;

/** One group of a course's learners (a run), as the learners table's filter lists it. */
public record LearnerGroup(long id, String name) {
}
