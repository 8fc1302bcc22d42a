package org.paralelo.programme;

/** How a mark was taken: the trainer's roll call, the person's own check-in with the code, or the paper sheet. */
public enum AttendanceSource {
    ROLL_CALL, CHECK_IN, SHEET;

    public String messageKey() {
        return "programme.attendance.source." + name();
    }
}
