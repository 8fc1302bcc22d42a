package org.paralelo.people;

/**
 * What a person may do. One person may hold several roles. A coordinator follows the people, runs, progress and
 * reports of the programme regions an admin assigns them (see {@link RegionScope}), read-only, and enrols people of
 * those regions into runs.
 */
public enum Role {
    ADMIN, TRAINER, LEARNER, COORDINATOR;

    /** The Spring Security authority name, e.g. {@code ROLE_TRAINER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
