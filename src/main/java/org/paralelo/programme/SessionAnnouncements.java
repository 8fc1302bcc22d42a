package org.paralelo.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.Run;
import org.paralelo.programme.domain.RunRepository;
import org.paralelo.programme.domain.SessionRegistration;
import org.paralelo.programme.domain.SessionRegistrationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link SessionChanged} for a session of a run or of a debate series alike, naming the people who hold
 * a seat or wait for one, so notifications can tell them without asking programme who they are; and
 * {@link WaitListMoved} for people moved between the seats and the wait list.
 */
@Component
class SessionAnnouncements {

    private final RunRepository runs;
    private final SessionRegistrationRepository registrations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionAnnouncements(RunRepository runs, SessionRegistrationRepository registrations,
                         ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.registrations = registrations;
        this.events = events;
        this.clock = clock;
    }

    void announce(ProgrammeSession session, Set<SessionChanged.Change> changes) {
        SessionId id = new SessionId(session.getId());
        RunId run = null;
        CourseId course = null;
        SeriesId series = null;
        if (session.isOfSeries()) {
            series = new SeriesId(java.util.Objects.requireNonNull(session.getSeriesId()));
        } else {
            Run owner = runs.findById(session.getRunId()).orElseThrow();
            run = new RunId(owner.getId());
            course = new CourseId(owner.getCourseId());
        }
        Set<PersonId> people = Stream.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITING)
                .flatMap(status -> registrations.findBySessionIdAndStatusOrderByRequestedAtAscIdAsc(session.getId(),
                        status).stream())
                .map(r -> new PersonId(r.getPersonId())).collect(Collectors.toSet());
        events.publishEvent(new SessionChanged(id, run, course, series, session.getTitle(), session.getStarts(),
                venue(session), changes, session.getSequence(), clock.instant(), people));
    }

    /**
     * Tells the people just given a seat and those just sent back to the wait list (with their place on it after
     * the move); nothing when nobody moved. Call after the moves, in their transaction.
     */
    void announceMoves(ProgrammeSession session, Collection<SessionRegistration> seated,
                       Collection<SessionRegistration> waiting, Instant at) {
        if (seated.isEmpty() && waiting.isEmpty()) {
            return;
        }
        List<WaitListMoved.Waiting> places = new ArrayList<>();
        if (!waiting.isEmpty()) {
            List<Long> queue = registrations.findBySessionIdAndStatusOrderByRequestedAtAscIdAsc(session.getId(),
                    RegistrationStatus.WAITING).stream().map(SessionRegistration::getPersonId).toList();
            waiting.forEach(r -> places.add(new WaitListMoved.Waiting(new PersonId(r.getPersonId()),
                    queue.indexOf(r.getPersonId()) + 1)));
        }
        events.publishEvent(new WaitListMoved(new SessionId(session.getId()), session.getTitle(),
                session.getStarts(), venue(session),
                seated.stream().map(r -> new PersonId(r.getPersonId())).collect(Collectors.toSet()), places, at,
                UUID.randomUUID()));
    }

    private static String venue(ProgrammeSession session) {
        return session.getVenueName() + ", " + session.getVenueMunicipality();
    }
}
