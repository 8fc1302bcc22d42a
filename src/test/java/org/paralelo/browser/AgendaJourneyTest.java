package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
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
import org.paralelo.support.TestClock;
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
    @Autowired TestClock clock;

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

    @Test
    void on_a_wide_screen_the_month_opens_at_a_session_months_ahead_gives_its_calendar_file_and_turns_in_place()
            throws Exception {
        LocalDate today = movedPastOtherTestsDates();
        LocalDate day = today.plusMonths(3).withDayOfMonth(12);
        String title = "Taller de lectura en voz alta";
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        RunId run = As.user(course.trainer, Courses.TRAINER, () -> runs.create(course.course, new RunDraft(
                "Región Sureste " + day.getYear(), Set.of(), today, day.plusMonths(1), Set.of(), null, true, null,
                null, RunMode.HYBRID)));
        SessionId session = As.user(course.trainer, Courses.TRAINER, () -> sessions.create(run, new SessionDraft(
                title, SessionKind.WORKSHOP, day, LocalTime.of(10, 0), LocalTime.of(12, 0), "Casa de la Cultura",
                "Avenida Tulum 5", "Benito Juárez", MexicanState.ROO, null, Set.of(), "", 0))).id();
        String learner = LearningFixture.learner(accounts);
        As.user(learner, LearningFixture.LEARNER, () -> runs.join(run));
        As.user(learner, LearningFixture.LEARNER, () -> registration.register(session));

        LoginPage.open(this).signInAsLearner(learner, People.PASSWORD);
        setWidth(DESKTOP_WIDTH);
        AgendaPage agenda = AgendaPage.open(this);
        assertThat(agenda.listShows()).isFalse();
        assertThat(agenda.monthTitle()).isEqualTo(titled(day, Languages.SPANISH));
        assertThat(agenda.monthNote()).isEqualTo("Nada en " + spelled(today, Languages.SPANISH)
                + ": se muestra " + spelled(day, Languages.SPANISH) + ", el mes de lo próximo en tu agenda.");
        assertThat(agenda.dayText(day)).contains(title, "Calendario (.ics)");
        assertThat(agenda.monthCalendarName(session.value())).startsWith("Añadir «").contains(title)
                .endsWith("» a mi calendario (.ics)");
        assertTheSessionsOwnFile(agenda.monthCalendar(session.value()), session, day, title);
        screenshotsAtBothWidths("agenda-05-month-ahead-es");
        // On a phone the list shows instead, with the same file behind its own link.
        setWidth(PHONE_WIDTH);
        assertThat(agenda.listShows()).isTrue();
        assertThat(agenda.cardText(session.value())).contains(title, "Añadir a mi calendario");
        assertTheSessionsOwnFile(agenda.listCalendar(session.value()), session, day, title);

        setWidth(DESKTOP_WIDTH);
        String address = driver().getCurrentUrl();
        agenda.turnMonth(true);
        assertThat(agenda.monthTitle()).isEqualTo(titled(day.plusMonths(1), Languages.SPANISH));
        assertThat(agenda.monthNoteShows()).isFalse();
        assertThat(agenda.dayShows(day)).isFalse();
        assertThat(driver().getCurrentUrl()).isNotEqualTo(address).endsWith("?mes=" + YearMonth.from(day)
                .plusMonths(1));
        screenshotsAtBothWidths("agenda-06-month-turned-es");
        agenda.turnMonth(false);
        assertThat(agenda.monthTitle()).isEqualTo(titled(day, Languages.SPANISH));
        assertThat(agenda.dayText(day)).contains(title);

        agenda = AgendaPage.open(this).inLanguage("English", "My schedule");
        setWidth(DESKTOP_WIDTH);
        assertThat(agenda.monthTitle()).isEqualTo(titled(day, Locale.ENGLISH));
        assertThat(agenda.monthNote()).isEqualTo("Nothing in " + spelled(today, Locale.ENGLISH) + ": showing "
                + spelled(day, Locale.ENGLISH) + ", the month of what comes next in your schedule.");
        assertThat(agenda.dayText(day)).contains(title, "Calendar (.ics)");
        assertThat(agenda.monthCalendarName(session.value())).startsWith("Add “").contains(title)
                .endsWith("” to my calendar (.ics)");
        assertTheSessionsOwnFile(agenda.monthCalendar(session.value()), session, day, title);
        screenshotsAtBothWidths("agenda-05-month-ahead-en");
        setWidth(PHONE_WIDTH);
        assertThat(agenda.cardText(session.value())).contains(title, "Add to my calendar");
        setWidth(DESKTOP_WIDTH);
        agenda.turnMonth(false);
        assertThat(agenda.monthTitle()).isEqualTo(titled(day.minusMonths(1), Locale.ENGLISH));
        assertThat(agenda.dayShows(day)).isFalse();
        screenshotsAtBothWidths("agenda-06-month-turned-en");
        agenda.turnMonth(true);
        assertThat(agenda.monthTitle()).isEqualTo(titled(day, Locale.ENGLISH));
        assertThat(agenda.dayText(day)).contains(title);
    }

    /**
     * A session's {@code .ics} as the browser got it: RFC 5545's CRLF after every line (none bare), and, read back
     * by ical4j, one valid VEVENT with the session's UID, its start at the venue's clock in the venue's zone
     * (Cancún), and its title.
     */
    private static void assertTheSessionsOwnFile(AgendaPage.CalendarFile file, SessionId session, LocalDate day,
                                                 String title) throws Exception {
        assertThat(file.response()).startsWith("200 text/calendar");
        String ics = file.text();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).as("no line ends in a bare LF or CR").doesNotContain("\n")
                .doesNotContain("\r");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.getFirst();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).startsWith("session-" + session.value()
                + "@");
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/Cancun");
        assertThat(start.getValue()).isEqualTo(day.toString().replace("-", "") + "T100000");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(title);
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).extracting(z -> z.getTimeZoneId().getValue())
                .containsExactly("America/Cancun");
    }

    /**
     * Moves the application's clock to noon in central Mexico on the 15th, ten years ahead: the database is shared
     * with other tests, whose open enrolment windows (any learner may join those runs) would otherwise be what
     * comes next in this learner's agenda. The clock goes back to real time before the next test.
     */
    private LocalDate movedPastOtherTestsDates() {
        ZoneId central = ZoneId.of("America/Mexico_City");
        LocalDate target = LocalDate.ofInstant(clock.instant(), central).plusYears(10).withDayOfMonth(15);
        clock.advance(Duration.between(clock.instant(), target.atTime(12, 0).atZone(central).toInstant()));
        return target;
    }

    /** The month view's title: "Marzo 2037", "March 2037". */
    private static String titled(LocalDate day, Locale locale) {
        String month = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(day);
        return month.substring(0, 1).toUpperCase(locale) + month.substring(1);
    }

    /** A month as the note writes it: "marzo de 2037", "March 2037". */
    private static String spelled(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern(locale.getLanguage().equals("en") ? "LLLL yyyy" : "LLLL 'de' yyyy",
                locale).format(day);
    }
}
