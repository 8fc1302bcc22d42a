package org.paralelo.programme;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.CompletionContext;
import org.paralelo.learning.CompletionRule;
import org.paralelo.learning.OnSiteHours;
import org.paralelo.people.PersonId;
import org.paralelo.programme.domain.Attendance;
import org.paralelo.programme.domain.AttendanceRepository;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.Run;
import org.paralelo.programme.domain.RunMemberRepository;
import org.paralelo.programme.domain.RunRepository;
import org.springframework.stereotype.Component;

/**
 * Hybrid completion, through learning's extension points: a member of a run that requires attendance completes the
 * course only once present (or late; excused where the run allows it) at enough of the run's sessions; a course
 * without runs, a learner in no run and a run without requirement are untouched. Also tells the certificate the
 * time spent on site: the length of every session of the course's runs the learner attended (present or late).
 */
@Component
class OnSiteAttendance implements CompletionRule, OnSiteHours {

    private final RunMemberRepository members;
    private final RunRepository runs;
    private final ProgrammeSessionRepository sessions;
    private final AttendanceRepository attendance;

    OnSiteAttendance(RunMemberRepository members, RunRepository runs, ProgrammeSessionRepository sessions,
                     AttendanceRepository attendance) {
        this.members = members;
        this.runs = runs;
        this.sessions = sessions;
        this.attendance = attendance;
    }

    @Override
    public boolean isMet(CompletionContext context) {
        Optional<Run> run = members.findByCourseIdAndPersonId(context.course().courseId(), context.learner().value())
                .flatMap(m -> runs.findById(m.getRunId()));
        if (run.isEmpty()) {
            return true;
        }
        AttendanceRequirement requirement = requirementOf(run.get());
        if (!requirement.required()) {
            return true;
        }
        List<ProgrammeSession> held = sessions.findByRunIdOrderByStartsAtAsc(run.get().getId()).stream()
                .filter(s -> s.getCancelledAt() == null).toList();
        long counted = attendance.findBySessionIdInAndPersonId(held.stream().map(ProgrammeSession::getId).toList(),
                context.learner().value()).stream().map(Attendance::getMark)
                .filter(m -> counts(requirement, m)).count();
        return counted >= requirement.needed(held.size());
    }

    @Override
    public Duration deliveredOnSite(CourseId course, PersonId learner) {
        List<ProgrammeSession> all = runs.findByCourseIdOrderByStartsOnAscNameAsc(course.value()).stream()
                .flatMap(r -> sessions.findByRunIdOrderByStartsAtAsc(r.getId()).stream())
                .filter(s -> s.getCancelledAt() == null).toList();
        if (all.isEmpty()) {
            return Duration.ZERO;
        }
        List<Long> attended = attendance.findBySessionIdInAndPersonId(all.stream().map(ProgrammeSession::getId)
                .toList(), learner.value()).stream().filter(a -> a.getMark().attended())
                .map(Attendance::getSessionId).toList();
        return all.stream().filter(s -> attended.contains(s.getId()))
                .map(s -> Duration.between(s.getStartsAt(), s.getEndsAt())).reduce(Duration.ZERO, Duration::plus);
    }

    /** Present and late count; excused only where the run allows it. */
    static boolean counts(AttendanceRequirement requirement, AttendanceMark mark) {
        return mark.attended() || requirement.excusedCounts() && mark == AttendanceMark.EXCUSED;
    }

    static AttendanceRequirement requirementOf(Run run) {
        return new AttendanceRequirement(run.getRequiredSessions(), run.getRequiredPercent(), run.isExcusedCounts());
    }
}
