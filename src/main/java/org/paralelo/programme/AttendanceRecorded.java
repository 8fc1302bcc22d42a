package org.paralelo.programme;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/**
 * A person's attendance mark at a session changed: set by roll call, check-in or the paper sheet, or taken back
 * ({@code mark} null). A run's session names its run and course (completion is re-evaluated on it; reporting may
 * count it); a debate series' session names its series instead.
 */
public record AttendanceRecorded(SessionId session, @Nullable RunId run, @Nullable CourseId course,
                                 @Nullable SeriesId series, PersonId person,
                                 @Nullable AttendanceMark mark, AttendanceSource source, PersonId by, Instant at) {
}
