package org.paralelo.programme;

import java.time.Instant;
import java.util.List;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.SessionRegistration;
import org.paralelo.programme.domain.SessionRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps a session's seats matching its capacity. Lowering the capacity below the seats taken is refused, or (when
 * confirmed) the latest registered people go back to the wait list in their arrival order. They keep their request
 * time, which is earlier than that of everyone already waiting, so they head the wait list and the next freed seat
 * goes to the last one cut. Free seats (a raised capacity, a cancelled seat) go to the first people waiting, in
 * arrival order. Everyone moved is told ({@link WaitListMoved}). Called with the session row locked, so no
 * registration slips in between counting and moving.
 */
@Component
class CapacityCuts {

    private final SessionRegistrationRepository registrations;
    private final SessionAnnouncements announcements;

    CapacityCuts(SessionRegistrationRepository registrations, SessionAnnouncements announcements) {
        this.registrations = registrations;
        this.announcements = announcements;
    }

    /** After a capacity change to {@code session}'s current capacity (null: no limit). */
    void apply(ProgrammeSession session, boolean moveExtra, Instant now) {
        Integer capacity = session.getCapacity();
        List<SessionRegistration> seated = seated(session);
        if (capacity != null && seated.size() > capacity) {
            if (!moveExtra) {
                throw new CapacityBelowRegistered(seated.size(), capacity);
            }
            List<SessionRegistration> cut = List.copyOf(seated.subList(capacity, seated.size()));
            cut.forEach(r -> r.toWaitList(now));
            registrations.saveAllAndFlush(cut);
            announcements.announceMoves(session, List.of(), cut, now);
            return;
        }
        fill(session, seated.size(), now);
    }

    /** A seat was freed: it goes to the first person waiting, if any. */
    void seatFreed(ProgrammeSession session, Instant now) {
        fill(session, seated(session).size(), now);
    }

    private void fill(ProgrammeSession session, int taken, Instant now) {
        Integer capacity = session.getCapacity();
        List<SessionRegistration> waiting = registrations.findBySessionIdAndStatusOrderByRequestedAtAscIdAsc(
                session.getId(), RegistrationStatus.WAITING);
        int free = capacity == null ? waiting.size() : Math.min(waiting.size(), Math.max(0, capacity - taken));
        List<SessionRegistration> promoted = List.copyOf(waiting.subList(0, free));
        promoted.forEach(r -> r.promote(now));
        registrations.saveAllAndFlush(promoted);
        announcements.announceMoves(session, promoted, List.of(), now);
    }

    private List<SessionRegistration> seated(ProgrammeSession session) {
        return registrations.findBySessionIdAndStatusOrderByRequestedAtAscIdAsc(session.getId(),
                RegistrationStatus.REGISTERED);
    }
}
