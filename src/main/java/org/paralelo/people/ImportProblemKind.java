package org.paralelo.people;

/** Why a row of a participant file cannot be imported. */
public enum ImportProblemKind {
    MISSING,
    TOO_LONG,
    BAD_EMAIL,
    BAD_USERNAME,
    UNKNOWN_STATE,
    UNKNOWN_REGION,
    REGION_NOT_IN_STATE,
    UNKNOWN_POSITION,
    UNKNOWN_LANGUAGE,
    DUPLICATE_IN_FILE,
    USERNAME_TAKEN,
    /** A coordinator's row for a person outside their regions, or for someone who is not only a learner. */
    OUTSIDE_YOUR_REGIONS;

    public String messageKey() {
        return "import.problem." + name();
    }
}
