package org.paralelo.programme;

/**
 * A person's attendance at a session. Late counts as present for completion; excused counts only where the run
 * allows it; absent never does.
 */
public enum AttendanceMark {
    PRESENT, LATE, EXCUSED, ABSENT;

    public String messageKey() {
        return "programme.attendance.mark." + name();
    }

    /** Present or late: the person was there. */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
