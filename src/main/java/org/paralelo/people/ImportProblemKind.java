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
    USERNAME_TAKEN;

    public String messageKey() {
        return "import.problem." + name();
    }
}
