package org.paralelo.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonId;

/**
 * A session as a trainer fills it in: the date and times are the venue's local ones; the venue's state gives the
 * time zone. Capacity empty for no limit; the agenda is Markdown; registration closes {@code closesHoursBefore}
 * hours before the start (0: at the start).
 */
public record SessionDraft(String title, SessionKind kind, @Nullable LocalDate date, @Nullable LocalTime startTime,
                           @Nullable LocalTime endTime, String venueName, String venueAddress,
                           String venueMunicipality, @Nullable MexicanState venueState, @Nullable Integer capacity,
                           Set<PersonId> facilitators, String agenda, int closesHoursBefore) {

    /** Registration closes at most a week before the start. */
    public static final int MAX_CLOSES_HOURS = 168;
}
