package org.paralelo.community;

/**
 * A network-wide category open to every member, a course's space for its learners and trainers, or a programme
 * run's space for the run's circle.
 */
public enum SpaceKind {
    CATEGORY, COURSE, RUN
}
