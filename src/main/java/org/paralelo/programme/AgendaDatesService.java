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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.paralelo.assessment.QuizClosingsService;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.learning.EnrolmentFactsService;
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
 * The dates of "Mi agenda" beside sessions: enrolment windows of the runs the person may join, by the rules of
 * {@link RunService#join} (self-enrolment on, not closed, a seat left, of a course they may view and in none of
 * whose runs they are; a run's regions say which coordinators follow it and do not limit who joins), the opening
 * while it is ahead and the closing while it is ahead (a window without dates has nothing to put in an agenda);
 * and the closing dates of the quizzes of the courses they are taking, asked of assessment. The list, the month
 * and the personal feed all take their dates from here.
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
    private final EnrolmentFactsService enrolments;
    private final Clock clock;

    AgendaDatesService(RunRepository runs, RunMemberRepository members, CourseAccess courses,
                       CatalogueService catalogue, ProfileService profiles, ProgressService progress,
                       QuizClosingsService quizzes, EnrolmentFactsService enrolments, Clock clock) {
        this.enrolments = enrolments;
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
        Map<CourseId, String> taking = new HashMap<>();
        progress.myCourses().stream().filter(c -> c.published() && !c.completed())
                .forEach(c -> taking.put(c.course(), Objects.requireNonNullElse(c.title(), "")));
        return dates(me, courses::canView, taking);
    }

    /**
     * The same dates for the owner of a calendar feed, read without their sign-in (the caller is the system):
     * runs of published courses, since a course someone may view and is not teaching is a published one, and the
     * quizzes of the published courses they are enrolled in and have not completed.
     */
    List<AgendaDate> datesOf(PersonId person) {
        Map<CourseId, String> taking = new HashMap<>();
        enrolments.unfinishedOf(person).forEach(course -> catalogue.published(course)
                .ifPresent(published -> taking.put(course, published.title())));
        return dates(person.value(), course -> true, taking);
    }

    private List<AgendaDate> dates(long person, Predicate<CourseId> mayView, Map<CourseId, String> taking) {
        Instant now = clock.instant();
        Set<Long> inCourse = members.findByPersonId(person).stream().map(RunMember::getCourseId)
                .collect(Collectors.toSet());
        List<Run> open = runs.findEnrolmentStillAhead(now).stream()
                .filter(run -> !inCourse.contains(run.getCourseId()) && mayView.test(new CourseId(run.getCourseId())))
                .toList();
        Set<Long> full = full(open);
        List<AgendaDate> dates = new ArrayList<>();
        for (Run run : open) {
            CourseId course = new CourseId(run.getCourseId());
            if (full.contains(run.getId())) {
                continue;
            }
            String title = catalogue.published(course).map(c -> c.title()).orElse(null);
            if (title == null) {
                continue;
            }
            String path = ProgrammePaths.chooseRun(course);
            String key = "run-" + run.getId();
            if (run.getOpensAt() != null && run.getOpensAt().isAfter(now)) {
                dates.add(new AgendaDate(AgendaDate.Kind.ENROLMENT_OPENS, key + "-opens", run.getName(), title,
                        run.getOpensAt(), path, edits(run)));
            }
            if (run.getClosesAt() != null) {
                dates.add(new AgendaDate(AgendaDate.Kind.ENROLMENT_CLOSES, key + "-closes", run.getName(), title,
                        run.getClosesAt(), path, edits(run)));
            }
        }
        quizzes.upcoming(taking.keySet()).forEach(q -> dates.add(new AgendaDate(AgendaDate.Kind.QUIZ_CLOSES,
                "quiz-" + q.course().value() + "-" + q.itemKey(), q.title(), taking.get(q.course()), q.closesAt(),
                LearnerPaths.quiz(q.course(), q.itemKey()), q.version())));
        dates.sort(Comparator.comparing(AgendaDate::at));
        return dates;
    }

    /** The runs among these with a capacity and no seat left: joining them is refused, so is their window. */
    private Set<Long> full(List<Run> found) {
        Map<Long, Integer> capacities = new HashMap<>();
        found.stream().filter(run -> run.getCapacity() != null)
                .forEach(run -> capacities.put(run.getId(), run.getCapacity()));
        if (capacities.isEmpty()) {
            return Set.of();
        }
        return members.countByRunIds(capacities.keySet()).stream()
                .filter(row -> ((Number) row[1]).longValue() >= capacities.get(((Number) row[0]).longValue()))
                .map(row -> ((Number) row[0]).longValue()).collect(Collectors.toSet());
    }

    /** A run's edits so far (its optimistic-lock version): an enrolment date moves only with an edit. */
    private static int edits(Run run) {
        return (int) Math.min(run.getVersion(), Integer.MAX_VALUE);
    }
}
