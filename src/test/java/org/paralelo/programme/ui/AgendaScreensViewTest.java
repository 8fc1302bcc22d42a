package org.paralelo.programme.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.RunDraft;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunMode;
import org.paralelo.programme.RunService;
import org.paralelo.programme.SessionDraft;
import org.paralelo.programme.SessionId;
import org.paralelo.programme.SessionKind;
import org.paralelo.programme.SessionService;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** "Mi agenda": the list of a person's upcoming sessions and their calendar address, in Spanish and English. */
class AgendaScreensViewTest extends KaribuTest {

    static final LocalDate NEXT_YEAR = LocalDate.now().plusYears(1).withMonth(7).withDayOfMonth(1);

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired java.time.Clock clock;

    @Test
    void a_learner_sees_their_sessions_in_their_zone_the_cancelled_one_marked_and_manages_their_calendar_address() {
        Setup s = new Setup();
        signIn(s.learner, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.agenda());

        assertThat(_get(H1.class).getText()).isEqualTo("Mi agenda");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mi agenda · Paralelo");
        assertThat(_find(Paragraph.class, spec -> spec.withId("agenda-empty"))).isEmpty();
        Div tijuana = card(s.tijuana);
        Anchor link = _get(tijuana, Anchor.class, spec -> spec.withoutClasses("ics-download"));
        assertThat(link.getText()).isEqualTo("Taller en Tijuana");
        assertThat(link.getHref()).isEqualTo(ProgrammePaths.chooseRun(s.course) + "#session-" + s.tijuana.value());
        // 10:00 in Tijuana (summer time, UTC-7) is 11:00 in central Mexico, where the learner lives: zone named.
        assertThat(tijuana.getElement().getTextRecursively()).contains("11:00").contains("(")
                .contains("Edición: Sureste").contains("Baja California");
        Div oaxaca = card(s.oaxaca);
        assertThat(oaxaca.getElement().getTextRecursively()).contains("10:00").doesNotContain("(");
        assertThat(_get(oaxaca, Span.class).getText()).isEqualTo("Cancelada");
        assertThat(_find(tijuana, Span.class)).isEmpty();
        Anchor ics = _get(tijuana, Anchor.class, spec -> spec.withId("ics-session-" + s.tijuana.value()));
        assertThat(ics.getText()).isEqualTo("Añadir a mi calendario");
        assertThat(ics.getHref()).isNotBlank();
        assertThat(ics.getElement().hasAttribute("download")).isTrue();

        _click(_get(Button.class, spec -> spec.withId("feed-create")));
        String first = _get(TextField.class, spec -> spec.withId("feed-url")).getValue();
        assertThat(first).matches("http://localhost:\\d+/calendario/[A-Za-z0-9_-]{43}\\.ics");
        _click(_get(Button.class, spec -> spec.withId("feed-copy")));
        expectNotifications("Dirección copiada.");

        _click(_get(Button.class, spec -> spec.withId("feed-renew")));
        _fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("Dirección renovada. Suscribe tu calendario a la nueva.");
        assertThat(_get(TextField.class, spec -> spec.withId("feed-url")).getValue()).isNotEqualTo(first);

        _click(_get(Button.class, spec -> spec.withId("feed-revoke")));
        _fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("La dirección ya no funciona.");
        assertThat(_find(TextField.class, spec -> spec.withId("feed-url"))).isEmpty();
        _get(Button.class, spec -> spec.withId("feed-create"));
    }

    @Test
    void the_agenda_reads_in_english_and_says_so_when_there_is_nothing_ahead() {
        String nobody = LearningFixture.learner(accounts);
        signIn(nobody, "LEARNER");
        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(ProgrammePaths.agenda());
        assertThat(_get(H1.class).getText()).isEqualTo("My schedule");
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-empty")).getText())
                .startsWith("You have no upcoming on-site sessions.");
        assertThat(_get(Button.class, spec -> spec.withId("feed-create")).getText())
                .isEqualTo("Create my calendar address");

        Setup s = new Setup();
        signIn(s.learner, "LEARNER");
        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(ProgrammePaths.agenda());
        assertThat(card(s.tijuana).getElement().getTextRecursively()).contains("Run: Sureste")
                .contains("11:00").contains("(Central Time)");
        assertThat(_get(card(s.oaxaca), Span.class).getText()).isEqualTo("Cancelled");
    }

    @Test
    void enrolment_dates_of_a_run_one_could_join_are_listed_with_their_label_in_both_languages() {
        LearningFixture learning = new LearningFixture(accounts, authoring, publishing);
        java.time.Instant now = java.time.Instant.now();
        As.user(learning.trainer, Courses.TRAINER, () -> runs.create(learning.course, new RunDraft("Occidente",
                Set.of(), NEXT_YEAR, NEXT_YEAR.plusMonths(2), Set.of(), null, true,
                now.plus(java.time.Duration.ofDays(30)), now.plus(java.time.Duration.ofDays(60)), RunMode.ONLINE)));
        String outsider = LearningFixture.learner(accounts);
        signIn(outsider, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.agenda());

        var section = _get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("agenda-dates"));
        assertThat(_find(section, Div.class, spec -> spec.withClasses("agenda-date"))).extracting(
                d -> d.getElement().getTextRecursively()).anySatisfy(text -> assertThat(text)
                .contains("Abre la inscripción", "Occidente")).anySatisfy(text -> assertThat(text)
                .contains("Cierra la inscripción", "Occidente"));

        UI.getCurrent().navigate(ProgrammePaths.checkIn());
        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(ProgrammePaths.agenda());
        section = _get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("agenda-dates"));
        assertThat(section.getElement().getTextRecursively()).contains("Upcoming dates", "Enrolment opens",
                "Enrolment closes", "Occidente");
    }

    @Test
    void on_a_wide_screen_the_month_puts_each_session_on_its_day_as_a_link_marks_today_and_turns_by_month() {
        Setup s = new Setup();
        signIn(s.learner, "LEARNER");
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("America/Mexico_City"));
        UI.getCurrent().navigate(ProgrammePaths.agenda());

        Section month = _get(Section.class, spec -> spec.withId("agenda-month"));
        assertThat(_get(month, H2.class).getText()).endsWith(String.valueOf(today.getYear()));
        assertThat(_find(month, NativeTableHeaderCell.class)).hasSize(7)
                .allSatisfy(h -> assertThat(h.getElement().getAttribute("scope")).isEqualTo("col"))
                .first().satisfies(h -> assertThat(h.getElement().getAttribute("abbr")).isEqualTo("domingo"));
        NativeTableCell todayCell = _get(NativeTableCell.class, spec -> spec.withId("agenda-day-" + today));
        assertThat(todayCell.getClassNames()).contains("today");
        assertThat(todayCell.getElement().getAttribute("aria-current")).isEqualTo("date");
        assertThat(todayCell.getElement().getTextRecursively()).contains("Hoy");
        assertThat(_find(month, NativeTableCell.class, spec -> spec.withClasses("today"))).hasSize(1);

        for (int i = 0; i < 30 && !_get(month(), H2.class).getText().equals("Julio " + NEXT_YEAR.getYear()); i++) {
            _click(_get(Button.class, spec -> spec.withId("agenda-month-next")));
        }
        assertThat(_get(month(), H2.class).getText()).isEqualTo("Julio " + NEXT_YEAR.getYear());
        NativeTableCell day = _get(NativeTableCell.class, spec -> spec.withId("agenda-day-" + NEXT_YEAR));
        assertThat(_find(day, Anchor.class)).extracting(Anchor::getText, Anchor::getHref).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Cancelada: 10:00 Taller en Oaxaca", ProgrammePaths.chooseRun(
                        s.course) + "#session-" + s.oaxaca.value()),
                org.assertj.core.groups.Tuple.tuple("11:00 Taller en Tijuana", ProgrammePaths.chooseRun(s.course)
                        + "#session-" + s.tijuana.value()));
        assertThat(_find(month(), NativeTableCell.class, spec -> spec.withClasses("today"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("agenda-month-previous")));
        assertThat(_get(month(), H2.class).getText()).isEqualTo("Junio " + NEXT_YEAR.getYear());
        // The list for phones is still there, with the same sessions: CSS decides which one shows.
        assertThat(_find(Div.class, spec -> spec.withId("agenda-list"))).hasSize(1);

        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(ProgrammePaths.agenda(), QueryParameters.of("mes", NEXT_YEAR.toString()
                .substring(0, 7)));
        assertThat(_get(month(), H2.class).getText()).isEqualTo("July " + NEXT_YEAR.getYear());
        assertThat(_get(Button.class, spec -> spec.withId("agenda-month-next")).getText()).isEqualTo("Next month");
        assertThat(_get(NativeTableCell.class, spec -> spec.withId("agenda-day-" + NEXT_YEAR))
                .getElement().getTextRecursively()).contains("Cancelled: 10:00", "Taller en Tijuana");

        UI.getCurrent().navigate(ProgrammePaths.agenda(), QueryParameters.of("mes", "no-es-un-mes"));
        assertThat(_get(month(), H2.class).getText()).endsWith(String.valueOf(today.getYear()));
    }

    private static Section month() {
        return _get(Section.class, spec -> spec.withId("agenda-month"));
    }

    private static Div card(SessionId session) {
        return _get(Div.class, spec -> spec.withId("agenda-" + session.value()));
    }

    /** A learner in a run with a session in Tijuana and a cancelled one in Oaxaca. */
    private final class Setup {
        final String learner;
        final CourseId course;
        final SessionId tijuana;
        final SessionId oaxaca;

        Setup() {
            LearningFixture learning = new LearningFixture(accounts, authoring, publishing);
            course = learning.course;
            RunId run = As.user(learning.trainer, Courses.TRAINER, () -> runs.create(course, new RunDraft("Sureste",
                    Set.of(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), Set.of(), null, true, null, null,
                    RunMode.HYBRID)));
            tijuana = As.user(learning.trainer, Courses.TRAINER, () -> sessions.create(run,
                    draft("Taller en Tijuana", MexicanState.BCN))).id();
            oaxaca = As.user(learning.trainer, Courses.TRAINER, () -> sessions.create(run,
                    draft("Taller en Oaxaca", MexicanState.OAX))).id();
            As.user(learning.trainer, Courses.TRAINER, () -> sessions.cancel(oaxaca));
            learner = LearningFixture.learner(accounts);
            As.user(learner, LearningFixture.LEARNER, () -> runs.join(run));
        }

        private static SessionDraft draft(String title, MexicanState state) {
            return new SessionDraft(title, SessionKind.WORKSHOP, NEXT_YEAR, LocalTime.of(10, 0), LocalTime.of(12, 0),
                    "Casa de la Cultura", "Centro", "Municipio", state, null, Set.of(), "", 0);
        }
    }
}
