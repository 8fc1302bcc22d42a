package org.paralelo.programme;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One person's attendance in a run: how many of the run's held sessions count towards completion, how many the run
 * requires ({@code needed} is 0 where it requires none), and each session that has begun with their mark (null: not
 * marked). Cancelled sessions are left out, as completion leaves them out.
 */
public record AttendanceStatus(RunId run, AttendanceRequirement requirement, int held, int needed, int counted,
                               List<Entry> sessions) {

    public AttendanceStatus {
        sessions = List.copyOf(sessions);
    }

    /** A session that has begun (or already has a mark), in its venue's zone. */
    public record Entry(SessionId session, String title, ZonedDateTime starts, ZonedDateTime ends,
                        @Nullable AttendanceMark mark) {
    }

    /** Sessions still to attend before the on-site part of the course is done. */
    public int missing() {
        return Math.max(0, needed - counted);
    }

    /** Whether attendance stands between the person and completing the course. */
    public boolean met() {
        return missing() == 0;
    }
}
