package org.paralelo.community;

/** A network-wide category open to every member, or a course's space for its learners and trainers. */
public enum SpaceKind {
    CATEGORY, COURSE
}
