package org.paralelo.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.RegionView;

/** A run as screens show it, with how many people belong to it now. */
public record RunSummary(RunId id, CourseId course, String name, List<RegionView> regions, LocalDate startsOn,
                         LocalDate endsOn, List<PersonRef> trainers, @Nullable Integer capacity, int members,
                         boolean selfEnrolment, @Nullable Instant opensAt, @Nullable Instant closesAt, RunMode mode,
                         boolean closed, long version) {

    /** Seats left, or null when the run has no capacity limit. */
    public @Nullable Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - members);
    }
}
