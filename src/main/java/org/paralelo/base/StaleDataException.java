package org.paralelo.base;

/** Someone else saved the same record first; the person should reload and repeat their change. */
public class StaleDataException extends UserFacingException {

    public StaleDataException() {
        super("error.stale-data");
    }

    /** Refuses a change made against an older version of the record. */
    public static void check(long versionSeen, long currentVersion) {
        if (versionSeen != currentVersion) {
            throw new StaleDataException();
        }
    }
}
