package org.paralelo.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonId;

/**
 * A run as a trainer fills it in: its name ("Región Sureste 2027-1"), regions, dates (inclusive), trainers (among
 * the course's trainers), capacity (none for unlimited), whether learners may join it themselves and in which
 * window (start inclusive, end exclusive), and its mode. Checked by the service, every problem at once.
 */
public record RunDraft(String name, Set<Long> regionIds, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                       Set<PersonId> trainers, @Nullable Integer capacity, boolean selfEnrolment,
                       @Nullable Instant opensAt, @Nullable Instant closesAt, RunMode mode) {
}
