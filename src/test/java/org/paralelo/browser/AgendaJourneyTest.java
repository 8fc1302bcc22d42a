package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
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
import org.paralelo.programme.SeriesDraft;
import org.paralelo.programme.SeriesFixture;
import org.paralelo.programme.SeriesId;
import org.paralelo.programme.SeriesService;
import org.paralelo.programme.SessionRegistrationService;
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
    @Autowired SeriesService series;
    @Autowired SessionRegistrationService registration;

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
        // A debate series session the learner registered for, and a run of another course they could join.
        SeriesId dialogues = As.user(course.trainer, Courses.TRAINER, () -> series.create(new SeriesDraft(
                "Diálogos por la cultura", "Talleres con consejos vecinales.", "Mérida", MexicanState.YUC, Set.of(),
                Set.of())));
        SessionId debate = As.user(course.trainer, Courses.TRAINER, () -> sessions.createInSeries(dialogues,
                SeriesFixture.draft("Taller 1: diagnóstico", day.plusDays(4), Set.of()))).id();
        As.user(learner, LearningFixture.LEARNER, () -> registration.register(debate));
        LearningFixture other = new LearningFixture(accounts, authoring, publishing);
        Instant now = Instant.now();
        As.user(other.trainer, Courses.TRAINER, () -> runs.create(other.course, new RunDraft(
                "Región Occidente 2027-2", Set.of(), day, day.plusMonths(3), Set.of(), null, true,
                now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(20)), RunMode.ONLINE)));

        LoginPage.open(this).signInAsLearner(learner, People.PASSWORD);
        setWidth(PHONE_WIDTH);
        AgendaPage agenda = AgendaPage.open(this);
        assertThat(agenda.heading()).isEqualTo("Mi agenda");
        assertThat(agenda.cardText(tijuana.value())).contains("Taller de gestión cultural").contains("11:00");
        assertThat(agenda.cardText(oaxaca.value())).startsWith("Cancelada");
        assertThat(agenda.cardText(debate.value())).contains("Serie: Diálogos por la cultura")
                .contains("Añadir a mi calendario");
        assertThat(agenda.datesText()).contains("Fechas próximas", "Abre la inscripción", "Cierra la inscripción",
                "Región Occidente 2027-2");
        assertThat(agenda.createFeed()).contains("/calendario/").endsWith(".ics");
        assertThat(horizontalOverflow()).isZero();
        screenshotsAtBothWidths("agenda-01-es");

        agenda = agenda.inLanguage("English", "My schedule");
        setWidth(PHONE_WIDTH); // the lists show on phones; wide screens get the month (below)
        assertThat(agenda.cardText(oaxaca.value())).startsWith("Cancelled");
        assertThat(agenda.cardText(debate.value())).contains("Series: Diálogos por la cultura")
                .contains("Add to my calendar");
        assertThat(agenda.datesText()).contains("Upcoming dates", "Enrolment opens", "Enrolment closes");
        assertThat(horizontalOverflow()).isZero();
        screenshotsAtBothWidths("agenda-02-en");

        // On a wide screen the same agenda is a month; on a phone it stays the list.
        setWidth(DESKTOP_WIDTH);
        agenda = AgendaPage.openMonth(this, YearMonth.from(day));
        assertThat(agenda.monthText()).contains("July " + day.getYear(), "Taller de gestión cultural",
                "Cancelled: 5:00", "Debate sobre públicos", "Taller 1: diagnóstico", "Next month");
        assertThat(agenda.listShows()).isFalse();
        screenshotsAtBothWidths("agenda-03-month-en");
        agenda = agenda.inLanguage("Español", "Mi agenda");
        setWidth(DESKTOP_WIDTH);
        assertThat(agenda.monthText()).contains("Julio " + day.getYear(), "11:00 Taller de gestión cultural",
                "Mes siguiente");
        setWidth(PHONE_WIDTH);
        assertThat(agenda.listShows()).isTrue();
        assertThat(horizontalOverflow()).isZero();
        screenshotsAtBothWidths("agenda-04-month-es");
    }
}
