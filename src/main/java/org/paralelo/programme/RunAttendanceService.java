package org.paralelo.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.programme.domain.Attendance;
import org.paralelo.programme.domain.AttendanceRepository;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.Run;
import org.paralelo.programme.domain.RunRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's attendance across a run, counted as hybrid completion counts it ({@link OnSiteAttendance}): learners
 * read their own; another person's only the run's trainers, the course's owner and admins.
 */
@Service
@Transactional(readOnly = true)
public class RunAttendanceService {

    private final RunRepository runs;
    private final ProgrammeSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final ProfileService profiles;
    private final Clock clock;

    RunAttendanceService(RunRepository runs, ProgrammeSessionRepository sessions, AttendanceRepository attendance,
                         ProfileService profiles, Clock clock) {
        this.runs = runs;
        this.sessions = sessions;
        this.attendance = attendance;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The signed-in person's own attendance in a run they belong to (or manage). */
    @PreAuthorize("@runAccess.canSee(#run)")
    public AttendanceStatus mine(RunId run) {
        return of(run, profiles.myId().orElseThrow(() -> new UserFacingException("error.person-not-found")));
    }

    /** Someone's attendance in the run, for the people who follow the run's completion. */
    @PreAuthorize("@runAccess.canManage(#run)")
    public AttendanceStatus of(RunId run, PersonId person) {
        Run found = runs.findById(run.value())
                .orElseThrow(() -> new UserFacingException("error.programme.run-unknown"));
        AttendanceRequirement requirement = OnSiteAttendance.requirementOf(found);
        List<ProgrammeSession> held = sessions.findByRunIdOrderByStartsAtAsc(found.getId()).stream()
                .filter(s -> s.getCancelledAt() == null).toList();
        Map<Long, AttendanceMark> marks = attendance.findBySessionIdInAndPersonId(
                held.stream().map(ProgrammeSession::getId).toList(), person.value()).stream()
                .collect(Collectors.toMap(Attendance::getSessionId, Attendance::getMark));
        int counted = (int) marks.values().stream().filter(m -> OnSiteAttendance.counts(requirement, m)).count();
        Instant now = clock.instant();
        List<AttendanceStatus.Entry> begun = held.stream()
                .filter(s -> !s.getStartsAt().isAfter(now) || marks.containsKey(s.getId()))
                .map(s -> new AttendanceStatus.Entry(new SessionId(s.getId()), s.getTitle(), s.getStarts(),
                        s.getEnds(), marks.get(s.getId()))).toList();
        return new AttendanceStatus(run, requirement, held.size(), requirement.needed(held.size()), counted, begun);
    }
}
