package org.paralelo.programme;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.Run;
import org.paralelo.programme.domain.RunMember;
import org.paralelo.programme.domain.RunMemberRepository;
import org.paralelo.programme.domain.RunRepository;
import org.paralelo.programme.domain.Series;
import org.paralelo.programme.domain.SeriesRepository;
import org.paralelo.programme.domain.SessionRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Who may be on a session's roll call besides those with a seat: for a run's session, the run's members; for a
 * debate series' session, its participants (people registered or waiting at any of its sessions). A series is
 * open to everyone signed in, so anyone who has its check-in code (shown in the room) may check in; a run's code
 * works only for its members. Roll call, check-in and the sign-in sheet ask here, so they stay one code for both.
 */
@Component
class Rosters {

    private final RunRepository runs;
    private final RunMemberRepository members;
    private final SeriesRepository series;
    private final SessionRegistrationRepository registrations;

    Rosters(RunRepository runs, RunMemberRepository members, SeriesRepository series,
            SessionRegistrationRepository registrations) {
        this.runs = runs;
        this.members = members;
        this.series = series;
        this.registrations = registrations;
    }

    /** Where a session belongs: exactly one of {@code run} and {@code series}. */
    record Roster(@Nullable Run run, @Nullable Series series) {

        String name() {
            return run != null ? run.getName() : Objects.requireNonNull(series).getName();
        }
    }

    Roster of(ProgrammeSession session) {
        if (session.isOfSeries()) {
            return new Roster(null, series.findById(Objects.requireNonNull(session.getSeriesId())).orElseThrow());
        }
        return new Roster(runs.findById(session.getRunId()).orElseThrow(), null);
    }

    /** Whether a facilitator may mark this person (a walk-in when they hold no seat). */
    boolean mayBeMarked(Roster roster, long person) {
        return pool(roster).contains(person);
    }

    /** Whether the person may mark themselves present with the session's code. */
    boolean mayCheckIn(Roster roster, long person) {
        return roster.run() == null || isMember(roster.run(), person);
    }

    /** The people walk-ins are chosen from. */
    List<Long> pool(Roster roster) {
        Run run = roster.run();
        if (run != null) {
            return members.findByRunIdOrderByJoinedAtAsc(run.getId()).stream().map(RunMember::getPersonId).toList();
        }
        return registrations.participantsOfSeries(Objects.requireNonNull(roster.series()).getId(),
                RegistrationStatus.CANCELLED);
    }

    /** The event for a changed mark, naming the run and course or the series. */
    AttendanceRecorded recorded(Roster roster, SessionId session, long person, @Nullable AttendanceMark mark,
                                AttendanceSource source, long by, java.time.Instant at) {
        Run run = roster.run();
        Series owner = roster.series();
        return new AttendanceRecorded(session, run == null ? null : new RunId(run.getId()),
                run == null ? null : new org.paralelo.courses.CourseId(run.getCourseId()),
                owner == null ? null : new SeriesId(owner.getId()), new org.paralelo.people.PersonId(person), mark,
                source, new org.paralelo.people.PersonId(by), at);
    }

    private boolean isMember(Run run, long person) {
        return members.findByCourseIdAndPersonId(run.getCourseId(), person).map(m -> m.getRunId() == run.getId())
                .orElse(false);
    }
}
