package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.programme.AttendanceMark;
import org.paralelo.programme.AttendanceService;
import org.paralelo.programme.RollCallEntry;
import org.paralelo.programme.RunDraft;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunMode;
import org.paralelo.programme.RunService;
import org.paralelo.programme.SessionId;
import org.paralelo.programme.SessionRegistrationService;
import org.paralelo.programme.SessionService;
import org.paralelo.programme.SoonSessions;
import org.paralelo.support.As;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.Courses;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attendance in a real browser, at desktop width and on a 360 px phone, in Spanish and English: the trainer takes
 * the roll with taps and the keyboard and shows the check-in code; a learner opens the scanned link on their phone
 * and checks in. Screenshots of each screen.
 */
class RollCallJourneyTest extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionRegistrationService registration;
    @Autowired AttendanceService attendance;
    @Autowired TestClock clock;

    @Test
    void a_trainer_takes_the_roll_on_a_phone_and_a_learner_checks_in_with_the_code() {
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        RunId run = As.user(course.trainer, Courses.TRAINER, () -> runs.create(course.course, new RunDraft(
                "Región Sureste 2027-1", Set.of(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), Set.of(),
                null, true, null, null, RunMode.HYBRID)));
        SessionId session = As.user(course.trainer, Courses.TRAINER, () -> sessions.create(run,
                SoonSessions.draft(clock, "Taller de planeación cultural", Set.of()))).id();
        String[] learners = new String[3];
        PersonId[] ids = new PersonId[3];
        for (int i = 0; i < learners.length; i++) {
            learners[i] = LearningFixture.learner(accounts);
            String learner = learners[i];
            As.user(learner, LearningFixture.LEARNER, () -> runs.join(run));
            As.user(learner, LearningFixture.LEARNER, () -> registration.register(session));
            ids[i] = LearningFixture.learnerId(accounts, learner);
        }

        LoginPage.open(this).signInAsTrainer(course.trainer, People.PASSWORD);
        setWidth(PHONE_WIDTH);
        RollCallPage roll = RollCallPage.open(this, session);
        assertThat(roll.heading()).isEqualTo("Asistencia: Taller de planeación cultural");
        roll.tap(ids[0], "Presente").tap(ids[1], "Tarde").press(ids[2], "Ausente");
        assertThat(roll.summary()).isEqualTo("Presentes: 1 · Tarde: 1 · Justificadas: 0 · Ausentes: 1 · Sin marcar: 0");
        screenshotsAtBothWidths("rollcall-01-marked-es");
        String code = roll.showCode();
        assertThat(code).matches("[A-Z2-9]{6}");
        screenshotsAtBothWidths("rollcall-02-code-es");
        roll = roll.inLanguage("English", "Attendance: Taller de planeación cultural");
        assertThat(roll.summary()).isEqualTo("Present: 1 · Late: 1 · Excused: 0 · Absent: 1 · Not marked: 0");
        screenshotsAtBothWidths("rollcall-03-marked-en");

        restartBrowser();
        LoginPage.open(this).signInAsLearner(learners[2], People.PASSWORD);
        setWidth(PHONE_WIDTH);
        CheckInPage checkIn = CheckInPage.openScanned(this, code);
        screenshotsAtBothWidths("checkin-01-scanned-es");
        assertThat(checkIn.checkIn()).isEqualTo("Listo: quedaste presente en «Taller de planeación cultural».");
        screenshotsAtBothWidths("checkin-02-done-es");
        checkIn = CheckInPage.openScanned(this, code).inLanguage("English", "Check in");
        assertThat(checkIn.checkIn()).isEqualTo("You were already checked in at “Taller de planeación cultural”.");
        screenshotsAtBothWidths("checkin-03-again-en");

        assertThat(As.user(course.trainer, Courses.TRAINER, () -> attendance.rollCall(session)))
                .filteredOn(e -> e.person().id().equals(ids[2])).extracting(RollCallEntry::mark)
                .containsExactly(AttendanceMark.PRESENT);
    }
}
