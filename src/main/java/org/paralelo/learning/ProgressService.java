package org.paralelo.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paralelo.assessment.QuizResultsService;
import org.paralelo.base.SystemTask;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LessonPage;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.learning.domain.CertificateRepository;
import org.paralelo.learning.domain.Enrolment;
import org.paralelo.learning.domain.EnrolmentRepository;
import org.paralelo.learning.domain.LessonProgress;
import org.paralelo.learning.domain.LessonProgressRepository;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's own progress: opening a lesson marks it in progress and remembers it as the place to
 * continue (on the server, so it follows them across devices); completing it may complete the course. Only
 * ever the caller's own rows: there is no parameter naming a person.
 */
@Service
@Transactional
public class ProgressService {

    private final EnrolmentRepository enrolments;
    private final LessonProgressRepository lessons;
    private final CertificateRepository certificates;
    private final CatalogueService catalogue;
    private final QuizResultsService quizResults;
    private final EnrolmentService enrolmentService;
    private final ProfileService profiles;
    private final Completion completion;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CourseAccess courseAccess;

    ProgressService(EnrolmentRepository enrolments, LessonProgressRepository lessons, CertificateRepository certificates,
                    CatalogueService catalogue, QuizResultsService quizResults, EnrolmentService enrolmentService,
                    ProfileService profiles, Completion completion, ApplicationEventPublisher events, Clock clock,
                    CourseAccess courseAccess) {
        this.courseAccess = courseAccess;
        this.enrolments = enrolments;
        this.lessons = lessons;
        this.certificates = certificates;
        this.catalogue = catalogue;
        this.quizResults = quizResults;
        this.enrolmentService = enrolmentService;
        this.profiles = profiles;
        this.completion = completion;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a lesson: empty when it does not exist. Enrolled learners get it recorded as their place. The whole step
     * is this one transaction (issue 16): the object-level check ({@link CourseAccess#canRead}) runs inside it rather
     * than in {@code @PreAuthorize}, which Spring runs before the transaction starts, so the course and the caller
     * are read once for the check and everything after it; so is the enrolment (the check reads it by its natural
     * key, and {@link #myEnrolment} finds it in the persistence context); the lesson rows are read once for
     * "started" and for the outline; the enrolment is written only when something it keeps changes.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<LessonVisit> openLesson(CourseId course, String itemKey) {
        if (!courseAccess.canRead(course)) {
            throw new AccessDeniedException("Not a reader of course " + course.value());
        }
        Optional<PublishedCourse> version = catalogue.published(course);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        PublishedCourse published = version.get();
        Optional<LessonPage> page = catalogue.lessonOf(published, itemKey);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        CompletionMode mode = enrolmentService.settingsOf(course).getCompletionMode();
        Optional<Enrolment> mine = myEnrolment(course);
        if (mine.isEmpty()) {
            return Optional.of(new LessonVisit(page.get(), null, mode));
        }
        Enrolment enrolment = mine.get();
        Instant now = clock.instant();
        enrolment.opened(itemKey, now);
        List<LessonProgress> rows = new ArrayList<>(lessons.findByCourseIdAndPersonId(course.value(),
                enrolment.getPersonId()));
        if (rows.stream().noneMatch(row -> row.getItemKey().equals(itemKey))) {
            rows.add(lessons.save(new LessonProgress(course.value(), enrolment.getPersonId(), itemKey, now)));
        }
        return Optional.of(new LessonVisit(page.get(), Outlines.progress(published, enrolment, rows,
                quizResults.myOutcomes(course)), mode));
    }

    /**
     * Marks a lesson done (again is harmless) and re-evaluates the course; returns the new progress. The enrolment
     * is read locked, before anything else, so a completion recorded meanwhile by the quiz-graded listener is seen
     * (see {@link Completion#evaluate}).
     */
    @PreAuthorize("@courseAccess.canRead(#course)")
    public CourseProgress completeLesson(CourseId course, String itemKey) {
        Enrolment enrolment = profiles.myId()
                .flatMap(me -> enrolments.lockByCourseIdAndPersonId(course.value(), me.value()))
                .orElseThrow(() -> new UserFacingException("error.learning.not-enrolled"));
        PublishedCourse published = catalogue.published(course)
                .orElseThrow(() -> new UserFacingException("error.learning.course-not-open"));
        if (published.item(itemKey).filter(i -> i.kind() == org.paralelo.courses.ItemKind.LESSON).isEmpty()) {
            throw new UserFacingException("error.learning.lesson-unknown");
        }
        Instant now = clock.instant();
        LessonProgress row = lessons.findByCourseIdAndPersonIdAndItemKey(course.value(), enrolment.getPersonId(),
                itemKey).orElseGet(() -> lessons.save(new LessonProgress(course.value(), enrolment.getPersonId(),
                itemKey, now)));
        enrolment.visited(itemKey, now);
        if (row.complete(now)) {
            lessons.flush();
            events.publishEvent(new LessonCompleted(course, itemKey, new PersonId(enrolment.getPersonId())));
            PersonId learner = new PersonId(enrolment.getPersonId());
            SystemTask.run(() -> completion.evaluate(course, learner));
        }
        return progress(course, enrolment).orElseThrow();
    }

    /** The signed-in learner's progress in a course; empty when not enrolled or the course is not published. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canView(#course)")
    public Optional<CourseProgress> myProgress(CourseId course) {
        return myEnrolment(course).flatMap(e -> progress(course, e));
    }

    /**
     * The signed-in learner's courses, most recently active first (unfinished before completed). Courses that are
     * not published now are left out, except completed ones: those stay, as completed, with their certificate.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MyCourse> myCourses() {
        PersonId me = profiles.myId().orElse(null);
        if (me == null) {
            return List.of();
        }
        Map<CourseId, CourseCard> published = catalogue.publishedCourses().stream()
                .collect(Collectors.toMap(CourseCard::id, Function.identity()));
        Map<CourseId, CertificateView> certified = certificates.findByPersonIdOrderByIssuedAtDesc(me.value()).stream()
                .map(CertificateService::view)
                .collect(Collectors.toMap(CertificateView::course, Function.identity(), (a, b) -> a));
        List<MyCourse> mine = new ArrayList<>();
        for (Enrolment enrolment : enrolments.findByPersonIdOrderByEnrolledAtDesc(me.value())) {
            CourseId id = new CourseId(enrolment.getCourseId());
            CertificateView certificate = certified.get(id);
            CourseCard card = published.get(id);
            if (card != null) {
                progress(id, enrolment).ifPresent(p -> mine.add(new MyCourse(id, card.title(), p, p.completedAt(),
                        certificate)));
            } else if (enrolment.getCompletedAt() != null) {
                mine.add(new MyCourse(id, certificate == null ? null : certificate.courseTitle(), null,
                        enrolment.getCompletedAt(), certificate));
            }
        }
        mine.sort(Comparator.comparing(MyCourse::completed)
                .thenComparing(c -> c.lastActivity() == null ? Instant.EPOCH : c.lastActivity(),
                        Comparator.reverseOrder()));
        return mine;
    }

    private Optional<CourseProgress> progress(CourseId course, Enrolment enrolment) {
        return catalogue.published(course).map(published -> Outlines.progress(published, enrolment,
                lessons.findByCourseIdAndPersonId(course.value(), enrolment.getPersonId()),
                quizResults.myOutcomes(course)));
    }

    private Optional<Enrolment> myEnrolment(CourseId course) {
        return profiles.myId().flatMap(me -> enrolments.findByKey(course.value(), me.value()));
    }
}
