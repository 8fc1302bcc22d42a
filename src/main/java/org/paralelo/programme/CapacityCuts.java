package org.paralelo.programme;

import java.time.Instant;
import java.util.List;
import org.paralelo.programme.domain.SessionRegistration;
import org.paralelo.programme.domain.SessionRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Lowering a session's capacity below its seats taken: refused, or (when confirmed) the latest registered people
 * go back to the wait list in their arrival order. They keep their request time, which is earlier than that of
 * everyone already waiting, so they head the wait list and the next freed seat goes to the last one cut.
 * Called with the session row locked, so no registration slips in between counting and moving.
 */
@Component
class CapacityCuts {

    private final SessionRegistrationRepository registrations;

    CapacityCuts(SessionRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    void apply(long session, Integer capacity, boolean moveExtra, Instant now) {
        if (capacity == null) {
            return;
        }
        List<SessionRegistration> seated = registrations.findBySessionIdAndStatusOrderByRequestedAtAscIdAsc(session,
                RegistrationStatus.REGISTERED);
        if (seated.size() <= capacity) {
            return;
        }
        if (!moveExtra) {
            throw new CapacityBelowRegistered(seated.size(), capacity);
        }
        seated.subList(capacity, seated.size()).forEach(r -> r.toWaitList(now));
        registrations.saveAll(seated);
    }
}
