package org.paralelo.programme;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonId;
import org.paralelo.support.TestClock;

/**
 * Sessions that start in a few minutes, so the check-in window (30 minutes before the start) is already open
 * without moving the shared test clock far; late at night the clock is moved to the next morning instead.
 */
public final class SoonSessions {

    private SoonSessions() {
    }

    /** A one-hour workshop in Oaxaca starting within the next 20 minutes (venue time), facilitated as given. */
    public static SessionDraft draft(TestClock clock, String title, Set<PersonId> facilitators) {
        ZoneId zone = VenueZones.of(MexicanState.OAX);
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), zone);
        ZonedDateTime start = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(20);
        if (start.toLocalTime().isAfter(LocalTime.of(22, 0)) || !start.toLocalDate().equals(now.toLocalDate())) {
            ZonedDateTime morning = now.toLocalDate().plusDays(1).atTime(9, 40).atZone(zone);
            clock.advance(Duration.between(now, morning));
            start = morning.plusMinutes(20);
        }
        return new SessionDraft(title, SessionKind.WORKSHOP, start.toLocalDate(), start.toLocalTime(),
                start.toLocalTime().plusHours(1), "Casa de la Cultura", "Centro", "Oaxaca de Juárez", MexicanState.OAX,
                null, facilitators, "", 0);
    }
}
