package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.programme.RunDraft;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunMode;
import org.paralelo.programme.RunService;
import org.paralelo.programme.SessionDraft;
import org.paralelo.programme.SessionId;
import org.paralelo.programme.SessionKind;
import org.paralelo.programme.SessionService;
import org.paralelo.support.As;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.Courses;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** "Mi agenda" in a real browser, on a desktop and a 360 px phone, in Spanish and English, with screenshots. */
class AgendaJourneyTest extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;

    @Test
    void a_learner_reads_their_agenda_on_a_phone_and_gets_their_calendar_address() {
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        RunId run = As.user(course.trainer, Courses.TRAINER, () -> runs.create(course.course, new RunDraft(
                "Región Sureste 2027-1", Set.of(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), Set.of(),
                null, true, null, null, RunMode.HYBRID)));
        LocalDate day = LocalDate.now().plusYears(1).withMonth(7).withDayOfMonth(1);
        SessionId tijuana = As.user(course.trainer, Courses.TRAINER, () -> sessions.create(run, new SessionDraft(
                "Taller de gestión cultural", SessionKind.WORKSHOP, day, LocalTime.of(10, 0), LocalTime.of(12, 0),
                "Centro Cultural Tijuana", "Paseo de los Héroes 9350", "Tijuana", MexicanState.BCN, null, Set.of(),
                "", 0))).id();
        SessionId oaxaca = As.user(course.trainer, Courses.TRAINER, () -> sessions.create(run, new SessionDraft(
                "Debate sobre públicos", SessionKind.DEBATE, day.plusDays(2), LocalTime.of(17, 0),
                LocalTime.of(19, 0), "Casa de la Cultura", "Centro", "Oaxaca de Juárez", MexicanState.OAX, null,
                Set.of(), "", 0))).id();
        As.user(course.trainer, Courses.TRAINER, () -> sessions.cancel(oaxaca));
        String learner = LearningFixture.learner(accounts);
        As.user(learner, LearningFixture.LEARNER, () -> runs.join(run));

        LoginPage.open(this).signInAsLearner(learner, People.PASSWORD);
        setWidth(PHONE_WIDTH);
        AgendaPage agenda = AgendaPage.open(this);
        assertThat(agenda.heading()).isEqualTo("Mi agenda");
        assertThat(agenda.cardText(tijuana.value())).contains("Taller de gestión cultural").contains("11:00");
        assertThat(agenda.cardText(oaxaca.value())).startsWith("Cancelada");
        assertThat(agenda.createFeed()).contains("/calendario/").endsWith(".ics");
        assertThat(horizontalOverflow()).isZero();
        screenshotsAtBothWidths("agenda-01-es");

        agenda = agenda.inLanguage("English", "My schedule");
        assertThat(agenda.cardText(oaxaca.value())).startsWith("Cancelled");
        setWidth(PHONE_WIDTH);
        assertThat(horizontalOverflow()).isZero();
        screenshotsAtBothWidths("agenda-02-en");
    }
}
