package org.paralelo.programme;

import org.jspecify.annotations.Nullable;

/**
 * What a run asks of its members on site to complete the course, beside the online rules: present (or late) at
 * {@code sessions} of its sessions, or at {@code percent} of them, rounded up; never more than the sessions held
 * (cancelled ones do not count). Excused absences count as attended only where {@code excusedCounts}. Neither
 * number: no on-site requirement.
 */
public record AttendanceRequirement(@Nullable Integer sessions, @Nullable Integer percent, boolean excusedCounts) {

    public static final int MAX_SESSIONS = 100;

    public static AttendanceRequirement none() {
        return new AttendanceRequirement(null, null, false);
    }

    public boolean required() {
        return sessions != null || percent != null;
    }

    /** How many of {@code held} sessions a member must attend. */
    public int needed(int held) {
        if (sessions != null) {
            return Math.min(sessions, held);
        }
        if (percent != null) {
            return (int) Math.ceil(held * percent / 100.0);
        }
        return 0;
    }
}
