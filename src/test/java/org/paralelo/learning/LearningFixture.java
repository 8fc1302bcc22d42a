package org.paralelo.learning;

import java.util.Optional;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A published course with two required lessons and one optional, its trainer, and learners. */
public final class LearningFixture {

    public static final String[] LEARNER = {"LEARNER"};

    public final String trainer;
    public final CourseId course;
    public final String lesson1;
    public final String lesson2;
    public final String optional;

    public LearningFixture(AccountService accounts, CourseAuthoringService authoring, PublishingService publishing) {
        trainer = People.uniqueUsername("imparte");
        People.create(accounts, trainer, Role.TRAINER);
        course = Courses.withOneLesson(authoring, trainer, "Aprender");
        String[] keys = As.user(trainer, Courses.TRAINER, () -> {
            String module = authoring.draft(course).modules().getFirst().key();
            String first = authoring.draft(course).modules().getFirst().items().getFirst().key();
            String second = authoring.addItem(course, module, ItemKind.LESSON, "Segunda", true);
            authoring.saveLesson(course, second, "Texto de la segunda.", authoring.lesson(course, second).version());
            String extra = authoring.addItem(course, module, ItemKind.LESSON, "Opcional", false);
            authoring.saveLesson(course, extra, "Texto opcional.", authoring.lesson(course, extra).version());
            publishing.publish(course);
            return new String[] {first, second, extra};
        });
        lesson1 = keys[0];
        lesson2 = keys[1];
        optional = keys[2];
    }

    public static String learner(AccountService accounts) {
        String name = People.uniqueUsername("aprende");
        People.create(accounts, name, Role.LEARNER);
        return name;
    }

    public static PersonId learnerId(AccountService accounts, String name) {
        return As.admin(() -> accounts.idOf(name)).orElseThrow();
    }

    /**
     * What submitting a quiz does for the completion listener: the graded attempt's event, published in a
     * transaction (so the listener runs after it commits); then up to {@code seconds} for the certificate it issues.
     */
    static Optional<CertificateView> gradedThenCertificate(TransactionTemplate transactions,
                                                           ApplicationEventPublisher events,
                                                           CertificateService certificates, CourseId course,
                                                           String learner, PersonId learnerId, int seconds)
            throws InterruptedException {
        transactions.executeWithoutResult(status -> events.publishEvent(
                new QuizAttemptGraded(course, "cuestionario", learnerId, 1L, true)));
        return certificateWithin(certificates, course, learner, seconds);
    }

    /** The learner's certificate for the course, waiting up to {@code seconds} for a listener to issue it. */
    static Optional<CertificateView> certificateWithin(CertificateService certificates, CourseId course,
                                                       String learner, int seconds) throws InterruptedException {
        Optional<CertificateView> issued = Optional.empty();
        for (int i = 0; i < seconds * 10 && issued.isEmpty(); i++) {
            Thread.sleep(100);
            issued = As.user(learner, LEARNER, () -> certificates.myCertificate(course));
        }
        return issued;
    }
}
