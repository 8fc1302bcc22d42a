package org.paralelo.programme;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/**
 * A session's time or place changed, or it was cancelled: calendars update (same UID, {@code sequence} higher),
 * and notifications tell {@code people} (those holding a seat or waiting for one when it changed). Changes to the
 * title or agenda alone are not announced. A run's session names its run and course; a debate series' session
 * names its series (exactly one of the two is set). {@code starts} is in the venue's zone; {@code venue} is its
 * name and municipality, so a notice can say where without asking programme.
 */
public record SessionChanged(SessionId session, @Nullable RunId run, @Nullable CourseId course,
                             @Nullable SeriesId series, String title, ZonedDateTime starts, String venue,
                             Set<Change> changes, int sequence, Instant at, Set<PersonId> people) {

    public SessionChanged {
        changes = Set.copyOf(changes);
        people = Set.copyOf(people);
    }

    /** Whether the session was called off (rather than moved). */
    public boolean cancelled() {
        return changes.contains(Change.CANCELLED);
    }

    /** What changed. */
    public enum Change {
        TIME, PLACE, CANCELLED
    }
}
