package org.paralelo.programme;

import java.time.Instant;
import java.util.Set;
import org.paralelo.courses.CourseId;

/**
 * A session's time or place changed, or it was cancelled: calendars update (same UID, {@code sequence} higher),
 * and notifications may tell the people registered. Changes to the title or agenda alone are not announced.
 */
public record SessionChanged(SessionId session, RunId run, CourseId course, Set<Change> changes, int sequence,
                             Instant at) {

    /** What changed. */
    public enum Change {
        TIME, PLACE, CANCELLED
    }
}
