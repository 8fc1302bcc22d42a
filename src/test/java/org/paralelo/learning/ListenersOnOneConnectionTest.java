package org.paralelo.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuizAttemptGraded;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.People;
import org.paralelo.support.TwoConnectionPool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A module listener runs right after its event's transaction commits, in its own transaction, on the same thread
 * (base.ListenersAfterCommit). The committed transaction's connection must be back in the pool by then: if it is
 * still held, every listener needs a second connection, and as many requests committing at once as the pool has
 * connections wait for each other until the pool times out (the 1,000-learner load test, issue 16: quizzes
 * submitted at once, each grading an attempt, held all ten connections for 30 s with 200 requests queued behind).
 * Here: a pool of two, and two transactions holding one connection each commit a graded attempt together.
 */
@TwoConnectionPool
class ListenersOnOneConnectionTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired CertificateService certificates;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void as_many_commits_at_once_as_the_pool_has_connections_still_run_their_listeners() throws Exception {
        String trainer = People.uniqueUsername("conexion");
        People.create(accounts, trainer, Role.TRAINER);
        CourseId course = As.user(trainer, Courses.TRAINER, () -> {
            CourseId id = authoring.createCourse(Courses.details("Dos conexiones"));
            String module = authoring.addModule(id, "Módulo", "");
            String lesson = authoring.addItem(id, module, ItemKind.LESSON, "Lectura libre", false);
            authoring.saveLesson(id, lesson, "Texto.", authoring.lesson(id, lesson).version());
            publishing.publish(id);
            return id;
        });
        List<String> learners = List.of(LearningFixture.learner(accounts), LearningFixture.learner(accounts));
        for (String learner : learners) {
            As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(course));
        }

        CyclicBarrier bothHoldAConnection = new CyclicBarrier(learners.size());
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        try {
            List<Future<?>> commits = new ArrayList<>();
            for (String learner : learners) {
                PersonId learnerId = LearningFixture.learnerId(accounts, learner);
                commits.add(pool.submit(() -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("select 1").query(Integer.class).single();
                    events.publishEvent(new QuizAttemptGraded(course, "cuestionario", learnerId, 1L, true));
                    await(bothHoldAConnection);
                })));
            }
            for (Future<?> commit : commits) {
                commit.get();
            }
        } finally {
            pool.shutdown();
        }

        for (String learner : learners) {
            assertThat(LearningFixture.certificateWithin(certificates, course, learner, 5))
                    .as("the completion listener ran after %s's commit and issued the certificate", learner)
                    .isPresent();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
