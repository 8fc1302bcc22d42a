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
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuizAttemptGraded;
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
 * Completion re-evaluated on a graded quiz attempt (the assessment module's event, published here by hand: in this
 * branch QuizResultsService still returns no outcomes, so the course used has no required item), and enrolling
 * from two tabs at once.
 */
@ParaleloSpringTest
class CompletionEventsTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired CertificateService certificates;
    @Autowired LearnerReportService report;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_graded_quiz_attempt_re_evaluates_completion_and_issues_the_certificate() throws InterruptedException {
        String trainer = People.uniqueUsername("evento");
        People.create(accounts, trainer, Role.TRAINER);
        CourseId course = As.user(trainer, Courses.TRAINER, () -> {
            CourseId id = authoring.createCourse(Courses.details("Sin obligatorios"));
            String module = authoring.addModule(id, "Módulo", "");
            String lesson = authoring.addItem(id, module, ItemKind.LESSON, "Lectura libre", false);
            authoring.saveLesson(id, lesson, "Texto.", authoring.lesson(id, lesson).version());
            publishing.publish(id);
            return id;
        });
        String learner = LearningFixture.learner(accounts);
        PersonId learnerId = LearningFixture.learnerId(accounts, learner);
        As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(course));

        transactions.executeWithoutResult(status -> events.publishEvent(
                new QuizAttemptGraded(course, "cuestionario", learnerId, 1L, true)));

        Optional<CertificateView> issued = Optional.empty();
        for (int i = 0; i < 100 && issued.isEmpty(); i++) {
            Thread.sleep(100);
            issued = As.user(learner, LearningFixture.LEARNER, () -> certificates.myCertificate(course));
        }
        assertThat(issued).as("certificate issued after the graded attempt").isPresent();
        assertThat(As.user(trainer, Courses.TRAINER, () -> report.learners(course, PeopleFilter.EVERYONE)))
                .singleElement().satisfies(row -> assertThat(row.completedAt()).isNotNull());
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
