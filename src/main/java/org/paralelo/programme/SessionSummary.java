package org.paralelo.programme;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonRef;

/**
 * A session as screens show it: its times in the venue's zone (convert with {@link SessionTimes}). Exactly one of
 * run and series is set.
 */
public record SessionSummary(SessionId id, @Nullable RunId run, String title, SessionKind kind, ZonedDateTime starts,
                             ZonedDateTime ends, String venueName, String venueAddress, String venueMunicipality,
                             MexicanState venueState, @Nullable Integer capacity, List<PersonRef> facilitators,
                             String agenda, int closesHoursBefore, @Nullable Instant cancelledAt, long version,
                             @Nullable SeriesId series) {

    /** When registration closes. */
    public Instant registrationClosesAt() {
        return starts.toInstant().minusSeconds(closesHoursBefore * 3600L);
    }

    public ZoneId zone() {
        return starts.getZone();
    }
}
