package org.paralelo.people;

/** What a person may do. One person may hold several roles. */
public enum Role {
    ADMIN, TRAINER, LEARNER;

    /** The Spring Security authority name, e.g. {@code ROLE_TRAINER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
