package org.paralelo.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.assessment.QuizAttemptGraded;
import org.paralelo.assessment.QuizOutcome;
import org.paralelo.assessment.QuizResultsService;
import org.paralelo.base.SystemTask;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.learning.domain.Enrolment;
import org.paralelo.learning.domain.EnrolmentRepository;
import org.paralelo.learning.domain.LessonProgress;
import org.paralelo.learning.domain.LessonProgressRepository;
import org.paralelo.people.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-evaluates a learner's completion of a course against every {@link CompletionRule} when a lesson is done or a
 * quiz attempt is graded; the first time all are met it records the completion and issues the certificate.
 */
@Component
class Completion {

    private final List<CompletionRule> rules;
    private final EnrolmentRepository enrolments;
    private final LessonProgressRepository lessons;
    private final CatalogueService catalogue;
    private final QuizResultsService results;
    private final CertificateIssuer issuer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Completion(List<CompletionRule> rules, EnrolmentRepository enrolments, LessonProgressRepository lessons,
               CatalogueService catalogue, QuizResultsService results, CertificateIssuer issuer,
               ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.enrolments = enrolments;
        this.lessons = lessons;
        this.catalogue = catalogue;
        this.results = results;
        this.issuer = issuer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Runs inside the caller's transaction as the system task (after a lesson done in the learner's browser, or a
     * graded attempt). Returns whether the course is complete. The enrolment row is locked first, so when both
     * happen at once the second evaluation waits, then finds the course completed and issues nothing more: one
     * certificate, and neither transaction fails on its unique key.
     */
    @Transactional
    boolean evaluate(CourseId course, PersonId learner) {
        Enrolment enrolment = enrolments.lockByCourseIdAndPersonId(course.value(), learner.value()).orElse(null);
        if (enrolment == null) {
            return false;
        }
        if (enrolment.getCompletedAt() != null) {
            return true;
        }
        PublishedCourse published = catalogue.published(course).orElse(null);
        if (published == null) {
            return false;
        }
        Set<String> done = lessons.findByCourseIdAndPersonId(course.value(), learner.value()).stream()
                .filter(LessonProgress::isDone).map(LessonProgress::getItemKey).collect(Collectors.toSet());
        List<QuizOutcome> outcomes = results.outcomesOf(course, learner);
        CompletionContext context = new CompletionContext(published, learner, done, outcomes);
        if (!rules.stream().allMatch(rule -> rule.isMet(context))) {
            return false;
        }
        Instant now = clock.instant();
        enrolment.completed(now);
        events.publishEvent(new CourseCompleted(course, learner, now));
        issuer.issue(published, learner, now);
        return true;
    }

    @ApplicationModuleListener
    void on(QuizAttemptGraded graded) {
        SystemTask.run(() -> evaluate(graded.course(), graded.learner()));
    }
}
