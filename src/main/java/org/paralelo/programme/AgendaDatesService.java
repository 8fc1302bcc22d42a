package org.paralelo.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.assessment.QuizClosingsService;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.programme.domain.Run;
import org.paralelo.programme.domain.RunMember;
import org.paralelo.programme.domain.RunMemberRepository;
import org.paralelo.programme.domain.RunRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of "Mi agenda" beside sessions: enrolment windows of the runs the signed-in person could join (self-
 * enrolment on, not closed, of a course they may view and in none of whose runs they are), the opening while it
 * is ahead and the closing while it is ahead (a window without dates has nothing to put in an agenda); and the
 * closing dates of the quizzes of the courses they are taking, asked of assessment.
 */
@Service
@Transactional(readOnly = true)
public class AgendaDatesService {

    private final RunRepository runs;
    private final RunMemberRepository members;
    private final CourseAccess courses;
    private final CatalogueService catalogue;
    private final ProfileService profiles;
    private final ProgressService progress;
    private final QuizClosingsService quizzes;
    private final Clock clock;

    AgendaDatesService(RunRepository runs, RunMemberRepository members, CourseAccess courses,
                       CatalogueService catalogue, ProfileService profiles, ProgressService progress,
                       QuizClosingsService quizzes, Clock clock) {
        this.progress = progress;
        this.quizzes = quizzes;
        this.runs = runs;
        this.members = members;
        this.courses = courses;
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The caller's upcoming enrolment dates and quiz closings, soonest first. */
    @PreAuthorize("isAuthenticated()")
    public List<AgendaDate> myDates() {
        long me = profiles.myId().map(PersonId::value).orElseThrow();
        Instant now = clock.instant();
        Set<Long> inCourse = members.findByPersonId(me).stream().map(RunMember::getCourseId)
                .collect(Collectors.toSet());
        List<AgendaDate> dates = new ArrayList<>();
        for (Run run : runs.findEnrolmentStillAhead(now)) {
            CourseId course = new CourseId(run.getCourseId());
            if (inCourse.contains(run.getCourseId()) || !courses.canView(course)) {
                continue;
            }
            String title = catalogue.published(course).map(c -> c.title()).orElse(null);
            if (title == null) {
                continue;
            }
            String path = ProgrammePaths.chooseRun(course);
            if (run.getOpensAt() != null && run.getOpensAt().isAfter(now)) {
                dates.add(new AgendaDate(AgendaDate.Kind.ENROLMENT_OPENS, run.getName(), title, run.getOpensAt(),
                        path));
            }
            if (run.getClosesAt() != null) {
                dates.add(new AgendaDate(AgendaDate.Kind.ENROLMENT_CLOSES, run.getName(), title, run.getClosesAt(),
                        path));
            }
        }
        dates.addAll(quizClosings());
        dates.sort(Comparator.comparing(AgendaDate::at));
        return dates;
    }

    /** Closing dates of the quizzes in the courses the caller is enrolled in and has not completed. */
    private List<AgendaDate> quizClosings() {
        Map<CourseId, String> titles = new HashMap<>();
        progress.myCourses().stream().filter(c -> c.published() && !c.completed())
                .forEach(c -> titles.put(c.course(), Objects.requireNonNullElse(c.title(), "")));
        return quizzes.upcoming(titles.keySet()).stream().map(q -> new AgendaDate(AgendaDate.Kind.QUIZ_CLOSES,
                q.title(), titles.get(q.course()), q.closesAt(), LearnerPaths.quiz(q.course(), q.itemKey()))).toList();
    }
}
