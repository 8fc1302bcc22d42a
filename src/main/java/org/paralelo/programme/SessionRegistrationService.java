package org.paralelo.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.ProfileService;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.RunMemberRepository;
import org.paralelo.programme.domain.RunRepository;
import org.paralelo.programme.domain.SessionRegistration;
import org.paralelo.programme.domain.SessionRegistrationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration for on-site sessions: a seat while there are seats, else the end of the wait list; a cancelled
 * seat goes to the first person waiting, who is told ({@link WaitListMoved}). Everything happens under a row lock on the session, so two people
 * asking for the last seat at once get one seat and one first place on the wait list, never two seats.
 * Registration closes at the session's closing time; only members of the session's run register. READ COMMITTED
 * (the pool's level), as in {@link RunService}: the seats counted after the lock are those committed, not an
 * older snapshot.
 */
@Service
@Transactional
public class SessionRegistrationService {

    private final SessionRegistrationRepository registrations;
    private final ProgrammeSessionRepository sessions;
    private final RunRepository runs;
    private final RunMemberRepository members;
    private final PersonDirectory directory;
    private final ProfileService profiles;
    private final CapacityCuts capacityCuts;
    private final Clock clock;

    SessionRegistrationService(SessionRegistrationRepository registrations, ProgrammeSessionRepository sessions,
                        RunRepository runs, RunMemberRepository members, PersonDirectory directory,
                        ProfileService profiles, CapacityCuts capacityCuts, Clock clock) {
        this.capacityCuts = capacityCuts;
        this.registrations = registrations;
        this.sessions = sessions;
        this.runs = runs;
        this.members = members;
        this.directory = directory;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The signed-in member registers: a seat, or the wait list when the session is full. */
    @PreAuthorize("@runAccess.canSeeSession(#session)")
    public RegistrationStatus register(SessionId session) {
        PersonId me = me();
        ProgrammeSession locked = lock(session);
        requireOpen(locked);
        // A series session is open to every signed-in person; a run's session only to the run's members.
        if (!locked.isOfSeries() && members.findByCourseIdAndPersonId(runs.findById(locked.getRunId())
                .orElseThrow().getCourseId(), me.value()).filter(m -> m.getRunId() == locked.getRunId()).isEmpty()) {
            throw new UserFacingException("error.programme.registration.not-member");
        }
        SessionRegistration mine = registrations.findBySessionIdAndPersonId(locked.getId(), me.value())
                .orElseGet(() -> new SessionRegistration(locked.getId(), me.value()));
        if (mine.getStatus() != RegistrationStatus.CANCELLED) {
            throw new UserFacingException("error.programme.registration.already");
        }
        Integer capacity = locked.getCapacity();
        boolean seat = capacity == null
                || registrations.countBySessionIdAndStatus(locked.getId(), RegistrationStatus.REGISTERED) < capacity;
        mine.request(seat ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING, clock.instant());
        registrations.saveAndFlush(mine);
        return mine.getStatus();
    }

    /** The signed-in person cancels; a seat freed goes to the first person waiting, who is told. */
    @PreAuthorize("@runAccess.canSeeSession(#session)")
    public void cancelMine(SessionId session) {
        PersonId me = me();
        ProgrammeSession locked = lock(session);
        SessionRegistration mine = registrations.findBySessionIdAndPersonId(locked.getId(), me.value())
                .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED)
                .orElseThrow(() -> new UserFacingException("error.programme.registration.none"));
        boolean hadSeat = mine.getStatus() == RegistrationStatus.REGISTERED;
        Instant now = clock.instant();
        mine.cancel(now);
        registrations.saveAndFlush(mine);
        if (hadSeat) {
            capacityCuts.seatFreed(locked, now);
        }
    }

    /** The signed-in person's registration for the session, if any (cancelled ones are none). */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canSeeSession(#session)")
    public Optional<Registration> mine(SessionId session) {
        return profiles.myId().flatMap(me -> all(session).stream()
                .filter(r -> r.person().id().equals(me)).findFirst());
    }

    /** Seats in arrival order, then the wait list in order (positions from 1), for the run's managers. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canManageSession(#session) or @seriesAccess.canManageSession(#session)")
    public List<Registration> registrations(SessionId session) {
        return all(session);
    }

    private List<Registration> all(SessionId session) {
        List<SessionRegistration> seated = registrations.findBySessionIdAndStatusOrderByRequestedAtAscIdAsc(
                session.value(), RegistrationStatus.REGISTERED);
        List<SessionRegistration> waiting = registrations.findBySessionIdAndStatusOrderByRequestedAtAscIdAsc(
                session.value(), RegistrationStatus.WAITING);
        List<PersonId> ids = new ArrayList<>();
        seated.forEach(r -> ids.add(new PersonId(r.getPersonId())));
        waiting.forEach(r -> ids.add(new PersonId(r.getPersonId())));
        Map<PersonId, PersonRef> names = ids.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> new PersonRef(id, directory.displayName(id).orElse(""), "")));
        List<Registration> result = new ArrayList<>();
        seated.forEach(r -> result.add(new Registration(session, names.get(new PersonId(r.getPersonId())),
                RegistrationStatus.REGISTERED, r.getRequestedAt(), null)));
        for (int i = 0; i < waiting.size(); i++) {
            SessionRegistration r = waiting.get(i);
            result.add(new Registration(session, names.get(new PersonId(r.getPersonId())),
                    RegistrationStatus.WAITING, r.getRequestedAt(), i + 1));
        }
        return result;
    }

    private void requireOpen(ProgrammeSession session) {
        if (session.getCancelledAt() != null) {
            throw new UserFacingException("error.programme.session-cancelled");
        }
        if (!clock.instant().isBefore(session.getRegistrationClosesAt())) {
            throw new UserFacingException("error.programme.registration.closed");
        }
    }

    private ProgrammeSession lock(SessionId session) {
        return sessions.lockById(session.value())
                .orElseThrow(() -> new UserFacingException("error.programme.session-unknown"));
    }

    private PersonId me() {
        return profiles.myId().orElseThrow(() -> new UserFacingException("error.person-not-found"));
    }
}
