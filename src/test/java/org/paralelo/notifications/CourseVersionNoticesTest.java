package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.notifications.MailFixture.learner;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CoursePublished;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.notifications.MailFixture.Someone;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.MailServer;
import org.paralelo.support.MailTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A course that publishes a new version tells its enrolled learners: a notice pointing at the course page and a
 * mail in their language (at once unless they chose otherwise), with an unsubscribe link that works without
 * signing in. Not the first publication, never twice for one version, and nobody outside the course.
 */
@MailTest
@Tag("persistence")
class CourseVersionNoticesTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired NoticeService notices;
    @Autowired MailPreferenceService preferences;
    @Autowired CourseVersionNotices listener;
    @Autowired MailWorker worker;
    @Autowired PlatformTransactionManager transactions;

    LearningFixture course;
    Someone english;
    Someone spanish;
    Someone outsider;

    @BeforeEach
    void aPublishedCourseWithTwoEnrolledLearners() {
        course = new LearningFixture(accounts, authoring, publishing);
        english = learner(accounts, "version-en", "en");
        spanish = learner(accounts, "version-es", "es-MX");
        outsider = learner(accounts, "version-fuera", "es-MX");
        As.user(course.trainer, Courses.TRAINER, () -> {
            enrolment.enrol(course.course, english.id());
            enrolment.enrol(course.course, spanish.id());
        });
    }

    @Test
    void a_new_version_reaches_each_enrolled_learner_by_notice_and_mail_and_the_unsubscribe_link_stops_the_mail()
            throws Exception {
        publishNewVersion("Los costos fijos no cambian.");

        MailFixture.await("the learners' notices", () -> !mine(english).isEmpty() && !mine(spanish).isEmpty());
        assertThat(mine(english)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.COURSE_VERSION);
            assertThat(n.subject()).isEqualTo("Aprender");
            assertThat(n.link()).isEqualTo("cursos/" + course.course.value());
        });
        sendAllDue();
        MimeMessage mail = MailFixture.received(english.email(), 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("A new version of the course “Aprender” is out");
        String text = MailServer.part(mail, "text/plain");
        assertThat(text).contains("/cursos/" + course.course.value());
        assertThat(MailFixture.received(spanish.email(), 1).getFirst().getSubject())
                .isEqualTo("Hay una nueva versión del curso «Aprender»");
        assertThat(mine(outsider)).as("someone not enrolled hears nothing").isEmpty();

        Matcher link = Pattern.compile("/correo/baja/(\\S+)").matcher(text);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).contains(".COURSE_VERSION.");
        assertThat(As.anonymous(() -> preferences.unsubscribe(link.group(1)))).contains(MailKind.COURSE_VERSION);

        publishNewVersion("Los costos variables sí cambian.");
        MailFixture.await("the third version's notice", () -> mine(english).size() == 2);
        sendAllDue();
        assertThat(MailServer.receivedBy(english.email())).as("no mail after unsubscribing").hasSize(1);
        MailFixture.received(spanish.email(), 2);
    }

    @Test
    void the_first_publication_tells_nobody_and_a_replayed_version_is_told_once() {
        replay(1);
        assertThat(mine(english)).as("the first version is no news").isEmpty();

        publishNewVersion("Segunda versión.");
        MailFixture.await("the second version's notice", () -> !mine(english).isEmpty());
        replay(2);
        assertThat(mine(english)).hasSize(1);
        assertThat(mine(spanish)).hasSize(1);
    }

    private void publishNewVersion(String text) {
        As.user(course.trainer, Courses.TRAINER, () -> {
            authoring.saveLesson(course.course, course.lesson1, text,
                    authoring.lesson(course.course, course.lesson1).version());
            publishing.publish(course.course);
        });
    }

    private void replay(int version) {
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                listener.on(new CoursePublished(course.course, version)));
    }

    private List<NoticeView> mine(Someone person) {
        return As.user(person.username(), LearningFixture.LEARNER, () -> notices.mine(0, 50));
    }

    private void sendAllDue() {
        for (int round = 0; round < 200 && worker.sendDue() > 0; round++) {
            // each round sends a batch
        }
    }
}
