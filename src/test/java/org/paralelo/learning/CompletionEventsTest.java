package org.paralelo.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.paralelo.base.SystemTask;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completion re-evaluated on a graded quiz attempt (the assessment module's event, published here directly on a
 * course with nothing required, so the listener is tested without taking a quiz; QuizCompletionTest takes one),
 * and enrolling from two tabs at once.
 */
@ParaleloSpringTest
class CompletionEventsTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired CertificateService certificates;
    @Autowired LearnerReportService report;
    @Autowired ProgressService progress;
    @Autowired Completion completion;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_graded_quiz_attempt_re_evaluates_completion_and_issues_the_certificate() throws InterruptedException {
        String trainer = People.uniqueUsername("evento");
        CourseId course = nothingRequired(trainer).course();
        String learner = LearningFixture.learner(accounts);
        PersonId learnerId = LearningFixture.learnerId(accounts, learner);
        As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(course));

        Optional<CertificateView> issued = LearningFixture.gradedThenCertificate(transactions, events, certificates,
                course, learner, learnerId, 10);
        assertThat(issued).as("certificate issued after the graded attempt").isPresent();
        assertThat(As.user(trainer, Courses.TRAINER, () -> report.learners(course, PeopleFilter.EVERYONE)))
                .singleElement().satisfies(row -> assertThat(row.completedAt()).isNotNull());
    }

    /**
     * The learner's own lesson completion and the quiz-graded listener evaluate the same course at the same moment
     * (here a course with nothing required, so both find it complete): both succeed, and one certificate is issued.
     * Several rounds, each with a new learner, so the two really overlap at least some of the time.
     */
    @Test
    void the_learners_lesson_and_a_graded_quiz_completing_the_course_at_once_both_succeed_with_one_certificate()
            throws Exception {
        FreeCourse free = nothingRequired(People.uniqueUsername("carrera"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 12; round++) {
                String learner = LearningFixture.learner(accounts);
                PersonId learnerId = LearningFixture.learnerId(accounts, learner);
                As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(free.course()));
                CountDownLatch start = new CountDownLatch(1);
                Future<CourseProgress> lesson = pool.submit(() -> {
                    start.await();
                    return As.user(learner, LearningFixture.LEARNER,
                            () -> progress.completeLesson(free.course(), free.lesson()));
                });
                Future<Boolean> quiz = pool.submit(() -> {
                    start.await();
                    // What the QuizAttemptGraded listener does: its own transaction, as the system task.
                    return transactions.execute(status -> SystemTask.call(
                            () -> completion.evaluate(free.course(), learnerId)));
                });
                start.countDown();

                assertThat(lesson.get().completedAt()).as("round %d: the learner's lesson", round).isNotNull();
                assertThat(quiz.get()).as("round %d: the listener", round).isTrue();
                assertThat(As.user(learner, LearningFixture.LEARNER, () -> certificates.mine()))
                        .as("round %d", round).hasSize(1);
                assertThat(As.user(learner, LearningFixture.LEARNER, () -> progress.myProgress(free.course()))
                        .orElseThrow().outline()).singleElement()
                        .satisfies(item -> assertThat(item.status()).isEqualTo(ItemStatus.DONE));
            }
        } finally {
            // No interrupts: an H2 thread interrupted mid-write closes the database for every later test.
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    record FreeCourse(CourseId course, String lesson) {
    }

    /** A published course whose only lesson is optional: any evaluation finds it complete. */
    private FreeCourse nothingRequired(String trainer) {
        People.create(accounts, trainer, Role.TRAINER);
        return As.user(trainer, Courses.TRAINER, () -> {
            CourseId id = authoring.createCourse(Courses.details("Sin obligatorios"));
            String module = authoring.addModule(id, "Módulo", "");
            String lesson = authoring.addItem(id, module, ItemKind.LESSON, "Lectura libre", false);
            authoring.saveLesson(id, lesson, "Texto.", authoring.lesson(id, lesson).version());
            publishing.publish(id);
            return new FreeCourse(id, lesson);
        });
    }

    @Test
    void enrolling_from_two_tabs_at_once_enrols_once_and_answers_the_other_clearly() throws Exception {
        LearningFixture fixture = new LearningFixture(accounts, authoring, publishing);
        String learner = LearningFixture.learner(accounts);
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> tab = () -> {
            start.await();
            try {
                As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(fixture.course));
                return "enrolled";
            } catch (UserFacingException refused) {
                return refused.messageKey();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>(List.of(pool.submit(tab), pool.submit(tab)));
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("enrolled", "error.learning.already-enrolled");
        } finally {
            pool.shutdownNow();
        }
        assertThat(As.user(fixture.trainer, Courses.TRAINER, () -> report.learners(fixture.course,
                PeopleFilter.EVERYONE))).hasSize(1);
    }
}
