package org.paralelo.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.paralelo.base.InputChecks;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.Run;
import org.paralelo.programme.domain.RunRepository;
import org.paralelo.programme.domain.Series;
import org.paralelo.programme.domain.SeriesRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On-site sessions of a run or of a debate series. The venue's state decides the time zone; times are checked in that zone (a time the
 * clocks skip is refused), a session cannot start in the past, and a facilitator with another session at the same
 * time is a warning, not a refusal. A run's managers plan sessions; its members and managers read them.
 */
@Service
@Transactional
public class SessionService {

    private final ProgrammeSessionRepository sessions;
    private final RunRepository runs;
    private final SeriesRepository seriesRepository;
    private final CatalogueService catalogue;
    private final PersonDirectory directory;
    private final ProfileService profiles;
    private final SessionAnnouncements announcements;
    private final CapacityCuts capacityCuts;
    private final Clock clock;

    SessionService(ProgrammeSessionRepository sessions, RunRepository runs, SeriesRepository seriesRepository,
                   CatalogueService catalogue, PersonDirectory directory, ProfileService profiles,
                   SessionAnnouncements announcements, CapacityCuts capacityCuts, Clock clock) {
        this.capacityCuts = capacityCuts;
        this.seriesRepository = seriesRepository;
        this.announcements = announcements;
        this.sessions = sessions;
        this.runs = runs;
        this.catalogue = catalogue;
        this.directory = directory;
        this.profiles = profiles;
        this.clock = clock;
    }

    @PreAuthorize("@runAccess.canManage(#run)")
    public SessionSaved create(RunId run, SessionDraft draft) {
        Run owner = runs.findById(run.value())
                .orElseThrow(() -> new UserFacingException("error.programme.run-unknown"));
        check(owner, draft);
        ProgrammeSession session = new ProgrammeSession(owner.getId());
        apply(session, draft);
        session = sessions.saveAndFlush(session);
        return new SessionSaved(new SessionId(session.getId()), clashes(session));
    }

    /** A session of a debate series; its facilitators must be organisers of the series. */
    @PreAuthorize("@seriesAccess.canManage(#series)")
    public SessionSaved createInSeries(SeriesId series, SessionDraft draft) {
        Series owner = seriesRepository.findById(series.value())
                .orElseThrow(() -> new UserFacingException("error.programme.series-unknown"));
        checkSeries(owner, draft);
        ProgrammeSession session = ProgrammeSession.ofSeries(owner.getId());
        apply(session, draft);
        session = sessions.saveAndFlush(session);
        return new SessionSaved(new SessionId(session.getId()), clashes(session));
    }

    /**
     * Changes a session of a run or of a debate series; a change of time or place is counted and announced
     * ({@link SessionChanged}) to the people registered or waiting. A series' facilitators must be its organisers.
     */
    @PreAuthorize("@runAccess.canManageSession(#id) or @seriesAccess.canManageSession(#id)")
    public SessionSaved update(SessionId id, SessionDraft draft, long version) {
        return change(id, draft, version, false);
    }

    /**
     * As {@link #update}, after the person confirmed a capacity below the seats taken: the latest registered
     * people go to the head of the wait list, in the same transaction as the change.
     */
    @PreAuthorize("@runAccess.canManageSession(#id) or @seriesAccess.canManageSession(#id)")
    public SessionSaved updateMovingExtra(SessionId id, SessionDraft draft, long version) {
        return change(id, draft, version, true);
    }

    private SessionSaved change(SessionId id, SessionDraft draft, long version, boolean moveExtra) {
        // Locked like a registration, so nobody takes a seat between counting the seats and cutting them.
        ProgrammeSession session = sessions.lockById(id.value())
                .orElseThrow(() -> new UserFacingException("error.programme.session-unknown"));
        StaleDataException.check(version, session.getVersion());
        if (session.getCancelledAt() != null) {
            throw new UserFacingException("error.programme.session-cancelled");
        }
        if (session.isOfSeries()) {
            checkSeries(seriesRepository.findById(Objects.requireNonNull(session.getSeriesId())).orElseThrow(),
                    draft);
        } else {
            check(runs.findById(session.getRunId()).orElseThrow(), draft);
        }
        Instant startsBefore = session.getStartsAt();
        Instant endsBefore = session.getEndsAt();
        List<String> placeBefore = place(session);
        apply(session, draft);
        // After the draft is applied, so the people moved read the session as it now is; a refusal rolls it back.
        capacityCuts.apply(session, moveExtra, clock.instant());
        Set<SessionChanged.Change> changes = EnumSet.noneOf(SessionChanged.Change.class);
        if (!startsBefore.equals(session.getStartsAt()) || !endsBefore.equals(session.getEndsAt())) {
            changes.add(SessionChanged.Change.TIME);
        }
        if (!placeBefore.equals(place(session))) {
            changes.add(SessionChanged.Change.PLACE);
        }
        if (!changes.isEmpty()) {
            session.changed();
        }
        session = sessions.saveAndFlush(session);
        if (!changes.isEmpty()) {
            announcements.announce(session, changes);
        }
        return new SessionSaved(id, clashes(session));
    }

    /** Cancels a session of a run or a series; it stays listed as cancelled, so people see it did not vanish. */
    @PreAuthorize("@runAccess.canManageSession(#id) or @seriesAccess.canManageSession(#id)")
    public void cancel(SessionId id) {
        ProgrammeSession session = find(id);
        if (session.cancel(clock.instant())) {
            announcements.announce(sessions.saveAndFlush(session), EnumSet.of(SessionChanged.Change.CANCELLED));
        }
    }

    private static List<String> place(ProgrammeSession session) {
        return List.of(session.getVenueName(), session.getVenueAddress(), session.getVenueMunicipality(),
                session.getVenueState().name());
    }

    /** The run's sessions in time order, cancelled ones included. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canSee(#run)")
    public List<SessionSummary> sessions(RunId run) {
        return summaries(sessions.findByRunIdOrderByStartsAtAsc(run.value()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canSeeSession(#id)")
    public SessionSummary session(SessionId id) {
        return summaries(List.of(find(id))).getFirst();
    }

    /** The zone the signed-in person reads times in: their state's, or central Mexico when they gave none. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ZoneId myZone() {
        return VenueZones.of(profiles.myProfile().state());
    }

    private void check(Run run, SessionDraft draft) {
        checks(draft).require(catalogue.trainersOf(new CourseId(run.getCourseId())).containsAll(draft.facilitators()),
                "facilitators", "error.programme.trainer-not-of-course").throwIfAny();
    }

    private void checkSeries(Series series, SessionDraft draft) {
        checks(draft).require(series.getOrganiserIds().containsAll(draft.facilitators().stream().map(PersonId::value)
                .toList()), "facilitators", "error.programme.series.facilitator-not-organiser").throwIfAny();
    }

    private InputChecks checks(SessionDraft draft) {
        InputChecks checks = new InputChecks().text(draft.title(), "title", ProgrammeSession.MAX_TITLE)
                .require(draft.date() != null, "date", "error.required")
                .require(draft.startTime() != null, "startTime", "error.required")
                .require(draft.endTime() != null, "endTime", "error.required")
                .text(draft.venueName(), "venueName", ProgrammeSession.MAX_VENUE)
                .text(draft.venueAddress(), "venueAddress", ProgrammeSession.MAX_ADDRESS)
                .text(draft.venueMunicipality(), "venueMunicipality", ProgrammeSession.MAX_MUNICIPALITY)
                .require(draft.venueState() != null, "venueState", "error.required")
                .optionalText(draft.agenda(), "agenda", ProgrammeSession.MAX_AGENDA)
                .require(draft.closesHoursBefore() >= 0 && draft.closesHoursBefore() <= SessionDraft.MAX_CLOSES_HOURS,
                        "closesHoursBefore", "error.programme.session.closes-range", SessionDraft.MAX_CLOSES_HOURS);
        if (draft.capacity() != null) {
            checks.require(draft.capacity() >= 1 && draft.capacity() <= Run.MAX_CAPACITY, "capacity",
                    "error.programme.capacity-range", Run.MAX_CAPACITY);
        }
        if (draft.date() != null && draft.startTime() != null && draft.endTime() != null) {
            checks.require(draft.endTime().isAfter(draft.startTime()), "endTime", "error.programme.end-before-start");
            ZoneId zone = VenueZones.of(draft.venueState());
            ZonedDateTime starts = ZonedDateTime.of(draft.date(), draft.startTime(), zone);
            checks.require(starts.toLocalTime().equals(draft.startTime()), "startTime",
                    "error.programme.session.time-skipped");
            checks.require(starts.toInstant().isAfter(clock.instant()), "date", "error.programme.session.in-past");
        }
        return checks;
    }

    private static void apply(ProgrammeSession session, SessionDraft draft) {
        session.schedule(draft.title(), draft.kind(), Objects.requireNonNull(draft.date()),
                Objects.requireNonNull(draft.startTime()), Objects.requireNonNull(draft.endTime()),
                VenueZones.of(draft.venueState()));
        session.setVenue(draft.venueName(), draft.venueAddress(), draft.venueMunicipality(),
                Objects.requireNonNull(draft.venueState()));
        session.setCapacity(draft.capacity());
        session.setClosesHours(draft.closesHoursBefore());
        session.setAgenda(draft.agenda() == null ? "" : draft.agenda());
        session.setFacilitatorIds(draft.facilitators().stream().map(PersonId::value).toList());
    }

    /** A warning for each facilitator who has another session (not cancelled) overlapping this one. */
    private List<SessionSaved.Warning> clashes(ProgrammeSession session) {
        List<SessionSaved.Warning> warnings = new ArrayList<>();
        for (ProgrammeSession other : sessions.findOverlapping(session.getStartsAt(), session.getEndsAt())) {
            if (other.getId() == session.getId()) {
                continue;
            }
            for (Long facilitator : other.getFacilitatorIds()) {
                if (session.getFacilitatorIds().contains(facilitator)) {
                    warnings.add(new SessionSaved.Warning("programme.session.warn-overlap",
                            directory.displayName(new PersonId(facilitator)).orElse(""), other.getTitle()));
                }
            }
        }
        return warnings;
    }

    private ProgrammeSession find(SessionId id) {
        return sessions.findById(id.value())
                .orElseThrow(() -> new UserFacingException("error.programme.session-unknown"));
    }

    private List<SessionSummary> summaries(List<ProgrammeSession> list) {
        return SessionSummaries.of(list, directory);
    }
}
