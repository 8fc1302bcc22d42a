package org.paralelo.programme;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the programme delivered in a period, for reports: the runs the caller may follow, who belongs to each,
 * everyone's attendance at the runs' sessions held in the period, and those sessions by kind with their time added
 * up (cancelled sessions left out).
 */
public record DeliveryFigures(List<Run> runs, List<Member> members, List<Attendance> attendance,
                              Map<SessionKind, Integer> sessionsHeld, Duration onSiteTime) {

    public record Run(long runId, String name, long courseId, RunMode mode) {
    }

    public record Member(long runId, long courseId, long personId) {
    }

    /** A person's sessions of a run in the period: attended (present or late) of marked. */
    public record Attendance(long runId, long personId, int attended, int marked) {
    }
}
