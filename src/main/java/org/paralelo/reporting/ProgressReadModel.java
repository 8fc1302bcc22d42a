package org.paralelo.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuizAttemptGraded;
import org.paralelo.assessment.QuizOutcome;
import org.paralelo.assessment.QuizResultsService;
import org.paralelo.base.SystemTask;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.CertificateIssued;
import org.paralelo.learning.CourseCompleted;
import org.paralelo.learning.EnrolmentFacts;
import org.paralelo.learning.EnrolmentFactsService;
import org.paralelo.learning.LearnerEnrolled;
import org.paralelo.learning.LessonCompleted;
import org.paralelo.people.PersonId;
import org.paralelo.reporting.domain.ProgressSummary;
import org.paralelo.reporting.domain.ProgressSummaryStore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code report_progress} up to date: every event that changes a person's standing in a course re-reads that
 * one enrolment from learning (and the quiz results from assessment) and rewrites its row, so a repeated or late
 * event leaves the same row (idempotent). {@link #rebuild} reads every enrolment again, page by page.
 */
@Component
class ProgressReadModel {

    private final EnrolmentFactsService enrolments;
    private final QuizResultsService quizzes;
    private final ProgressSummaryStore store;
    private final Clock clock;

    ProgressReadModel(EnrolmentFactsService enrolments, QuizResultsService quizzes, ProgressSummaryStore store,
                      Clock clock) {
        this.enrolments = enrolments;
        this.quizzes = quizzes;
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(LearnerEnrolled event) {
        refresh(event.course(), event.learner());
    }

    @ApplicationModuleListener
    void on(LessonCompleted event) {
        refresh(event.course(), event.learner());
    }

    @ApplicationModuleListener
    void on(CourseCompleted event) {
        refresh(event.course(), event.learner());
    }

    @ApplicationModuleListener
    void on(CertificateIssued event) {
        refresh(event.course(), event.learner());
    }

    @ApplicationModuleListener
    void on(QuizAttemptGraded event) {
        refresh(event.course(), event.learner());
    }

    /** Rewrites one person's row for one course from learning and assessment (or removes it if not enrolled). */
    void refresh(CourseId course, PersonId learner) {
        SystemTask.run(() -> enrolments.of(course, learner).ifPresentOrElse(
                facts -> store.save(summary(facts, quizAverage(quizzes.outcomesOf(course, learner))),
                        clock.instant()),
                () -> store.delete(course.value(), learner.value())));
    }

    /** Reads every enrolment again; answers how many rows were written. */
    long rebuild() {
        return SystemTask.call(() -> {
            long after = 0;
            long written = 0;
            List<EnrolmentFacts> page;
            while (!(page = enrolments.page(after, 1_000)).isEmpty()) {
                for (EnrolmentFacts facts : page) {
                    store.save(summary(facts, quizAverage(quizzes.outcomesOf(facts.course(), facts.learner()))),
                            clock.instant());
                    written++;
                }
                after = page.getLast().enrolmentId();
            }
            return written;
        });
    }

    /** The mean of the graded quizzes' counting grades, or null when none is graded. */
    static @Nullable Double quizAverage(List<QuizOutcome> outcomes) {
        return outcomes.stream().map(QuizOutcome::gradePercent).filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue).average().stream().boxed().findFirst().orElse(null);
    }

    private static ProgressSummary summary(EnrolmentFacts facts, @Nullable Double quiz) {
        return new ProgressSummary(facts.course().value(), facts.learner().value(), facts.enrolledAt(),
                facts.lastActivityAt(), facts.completedAt(), facts.certifiedAt(), quiz);
    }
}
