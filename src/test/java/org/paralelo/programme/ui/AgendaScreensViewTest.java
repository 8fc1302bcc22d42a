package org.paralelo.programme.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** "Mi agenda": the list of a person's upcoming sessions and their calendar address, in Spanish and English. */
class AgendaScreensViewTest extends KaribuTest {

    static final LocalDate NEXT_YEAR = LocalDate.now().plusYears(1).withMonth(7).withDayOfMonth(1);
    static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired TestClock clock;

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
    void on_a_wide_screen_the_month_opens_at_the_next_sessions_month_when_this_one_has_none_and_turns_in_place() {
        // Years ahead, past every enrolment date other tests left in the shared database: April is empty.
        LocalDate today = moveTo(4, 10);
        LocalDate ahead = today.withMonth(7).withDayOfMonth(1);
        Setup s = new Setup(ahead);
        signIn(s.learner, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.agenda());

        Section month = month();
        H2 heading = _get(month, H2.class);
        assertThat(heading.getText()).isEqualTo(title(YearMonth.from(ahead), SPANISH));
        assertThat(heading.getElement().getAttribute("aria-live")).isEqualTo("polite");
        Paragraph note = _get(month, Paragraph.class, spec -> spec.withId("agenda-month-note"));
        assertThat(note.getText()).isEqualTo("Nada en " + spelled(YearMonth.from(today)) + ": se muestra "
                + spelled(YearMonth.from(ahead)) + ", el mes de lo próximo en tu agenda.");
        assertThat(_find(month, NativeTableHeaderCell.class)).hasSize(7)
                .allSatisfy(h -> assertThat(h.getElement().getAttribute("scope")).isEqualTo("col"))
                .first().satisfies(h -> assertThat(h.getElement().getAttribute("abbr")).isEqualTo("domingo"));
        assertThat(_find(month, NativeTableCell.class, spec -> spec.withClasses("today"))).isEmpty();
        NativeTableCell day = _get(NativeTableCell.class, spec -> spec.withId("agenda-day-" + ahead));
        assertThat(_find(day, Anchor.class, spec -> spec.withoutClasses("ics-download")))
                .extracting(Anchor::getText, Anchor::getHref).containsExactly(
                        tuple("Cancelada: 10:00 Taller en Oaxaca", ProgrammePaths.chooseRun(s.course) + "#session-"
                                + s.oaxaca.value()),
                        tuple("11:00 Taller en Tijuana", ProgrammePaths.chooseRun(s.course) + "#session-"
                                + s.tijuana.value()));
        // Each session carries its own download, the cancelled one too, as in the list: the calendar learns of it.
        Anchor tijuana = monthDownload(s.tijuana);
        assertThat(tijuana.getElement().getTextRecursively()).isEqualTo("Calendario (.ics)");
        assertThat(tijuana.getElement().getAttribute("aria-label"))
                .isEqualTo("Añadir «11:00 Taller en Tijuana» a mi calendario (.ics)");
        assertThat(tijuana.getTitle()).contains("Añadir «11:00 Taller en Tijuana» a mi calendario (.ics)");
        assertThat(tijuana.getElement().hasAttribute("download")).isTrue();
        assertThat(tijuana.getHref()).isNotBlank();
        assertThat(monthDownload(s.oaxaca).getElement().getAttribute("aria-label"))
                .isEqualTo("Añadir «Cancelada: 10:00 Taller en Oaxaca» a mi calendario (.ics)");
        assertThat(download(tijuana)).isEqualTo(download(listDownload(s.tijuana)))
                .isEqualTo(tuple("session-" + s.tijuana.value(), "CONFIRMED", "Taller en Tijuana"));
        assertThat(download(monthDownload(s.oaxaca))).isEqualTo(download(listDownload(s.oaxaca)))
                .isEqualTo(tuple("session-" + s.oaxaca.value(), "CANCELLED", "Taller en Oaxaca"));

        // Turning keeps the bar (and so the focus on the button pressed); the heading, a live region, changes.
        Button previous = _get(Button.class, spec -> spec.withId("agenda-month-previous"));
        _click(previous);
        assertThat(_get(Button.class, spec -> spec.withId("agenda-month-previous"))).isSameAs(previous);
        assertThat(_get(month(), H2.class)).isSameAs(heading);
        assertThat(heading.getText()).isEqualTo(title(YearMonth.from(ahead).minusMonths(1), SPANISH));
        assertThat(note.isVisible()).as("the opening note is about the opening month").isFalse();
        assertThat(_find(Anchor.class, spec -> spec.withId("ics-month-" + s.tijuana.value()))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("agenda-month-next")));
        assertThat(heading.getText()).isEqualTo(title(YearMonth.from(ahead), SPANISH));
        monthDownload(s.tijuana);
        // The list for phones is still there, with the same sessions: CSS decides which one shows.
        assertThat(_find(Div.class, spec -> spec.withId("agenda-list"))).hasSize(1);

        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(ProgrammePaths.agenda(), QueryParameters.of("mes", ahead.toString()
                .substring(0, 7)));
        assertThat(_get(month(), H2.class).getText()).isEqualTo(title(YearMonth.from(ahead), Locale.ENGLISH));
        assertThat(note()).as("no note").isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("agenda-month-next")).getText()).isEqualTo("Next month");
        assertThat(_get(NativeTableCell.class, spec -> spec.withId("agenda-day-" + ahead))
                .getElement().getTextRecursively()).contains("Cancelled: 10:00", "Taller en Tijuana");
        assertThat(monthDownload(s.tijuana).getElement().getTextRecursively()).isEqualTo("Calendar (.ics)");
        assertThat(monthDownload(s.tijuana).getElement().getAttribute("aria-label"))
                .isEqualTo("Add “11:00 AM Taller en Tijuana” to my calendar (.ics)");

        UI.getCurrent().navigate(ProgrammePaths.agenda(), QueryParameters.of("mes", "no-es-un-mes"));
        assertThat(_get(month(), H2.class).getText()).isEqualTo(title(YearMonth.from(ahead), Locale.ENGLISH));
        assertThat(_get(month(), Paragraph.class, spec -> spec.withId("agenda-month-note")).getText())
                .startsWith("Nothing in " + spelled(YearMonth.from(today), Locale.ENGLISH) + ": showing");
    }

    @Test
    void the_month_opens_at_todays_month_when_it_holds_something_or_when_nothing_is_ahead_and_marks_today() {
        LocalDate today = moveTo(7, 10);

        String nobody = LearningFixture.learner(accounts);
        signIn(nobody, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.agenda());
        assertThat(_get(month(), H2.class).getText()).isEqualTo(title(YearMonth.from(today), SPANISH));
        assertThat(note()).as("no note").isEmpty();

        Setup s = new Setup(today.plusDays(5));
        Setup later = new Setup(today.plusMonths(2), s.learner);
        signIn(s.learner, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.agenda());
        assertThat(_get(month(), H2.class).getText()).isEqualTo(title(YearMonth.from(today), SPANISH));
        assertThat(note()).as("no note").isEmpty();
        NativeTableCell todayCell = _get(NativeTableCell.class, spec -> spec.withId("agenda-day-" + today));
        assertThat(todayCell.getClassNames()).contains("today");
        assertThat(todayCell.getElement().getAttribute("aria-current")).isEqualTo("date");
        assertThat(todayCell.getElement().getTextRecursively()).contains("Hoy");
        assertThat(_find(month(), NativeTableCell.class, spec -> spec.withClasses("today"))).hasSize(1);
        assertThat(_get(NativeTableCell.class, spec -> spec.withId("agenda-day-" + today.plusDays(5)))
                .getElement().getTextRecursively()).contains("11:00 Taller en Tijuana", "Calendario (.ics)");
        monthDownload(s.tijuana);
        assertThat(_find(Anchor.class, spec -> spec.withId("ics-month-" + later.tijuana.value()))).isEmpty();
    }

    /**
     * Moves the clock to noon in central Mexico on a day ten years ahead, past every date other tests left in the
     * shared database; Tijuana's sessions then read 11:00 there from April to October (both on summer time).
     */
    private LocalDate moveTo(int month, int day) {
        LocalDate target = LocalDate.ofInstant(clock.instant(), MEXICO_CITY).plusYears(10).withMonth(month)
                .withDayOfMonth(day);
        clock.advance(Duration.between(clock.instant(), target.atTime(12, 0).atZone(MEXICO_CITY).toInstant()));
        return target;
    }

    /** The note on the month opened at what comes next: none shown (Karibu finds only what shows) or one. */
    private static List<Paragraph> note() {
        return _find(month(), Paragraph.class, spec -> spec.withId("agenda-month-note"));
    }

    private static Anchor monthDownload(SessionId session) {
        return _get(month(), Anchor.class, spec -> spec.withId("ics-month-" + session.value()));
    }

    private static Anchor listDownload(SessionId session) {
        return _get(card(session), Anchor.class, spec -> spec.withId("ics-session-" + session.value()));
    }

    /** The downloaded file's one event: its UID (before the host), status and summary. */
    private static org.assertj.core.groups.Tuple download(Anchor link) {
        try {
            String ics = new String(_download(link), StandardCharsets.UTF_8);
            VEvent event = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents("VEVENT")
                    .getFirst();
            return tuple(event.getProperty(Property.UID).orElseThrow().getValue().replaceAll("@.*", ""),
                    event.getProperty(Property.STATUS).orElseThrow().getValue(),
                    event.getProperty(Property.SUMMARY).orElseThrow().getValue());
        } catch (java.io.IOException | net.fortuna.ical4j.data.ParserException e) {
            throw new AssertionError(e);
        }
    }

    /** The month's heading as the view writes it: "Julio 2037", "July 2037". */
    private static String title(YearMonth month, Locale locale) {
        String text = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static String spelled(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL 'de' yyyy", SPANISH).format(month);
    }

    private static String spelled(YearMonth month, Locale english) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", english).format(month);
    }

    private static Section month() {
        return _get(Section.class, spec -> spec.withId("agenda-month"));
    }

    private static Div card(SessionId session) {
        return _get(Div.class, spec -> spec.withId("agenda-" + session.value()));
    }

    /** A learner in a run with a session in Tijuana and a cancelled one in Oaxaca, on the same day. */
    private final class Setup {
        final String learner;
        final CourseId course;
        final SessionId tijuana;
        final SessionId oaxaca;

        Setup() {
            this(NEXT_YEAR);
        }

        Setup(LocalDate day) {
            this(day, LearningFixture.learner(accounts));
        }

        Setup(LocalDate day, String learner) {
            LearningFixture learning = new LearningFixture(accounts, authoring, publishing);
            course = learning.course;
            RunId run = As.user(learning.trainer, Courses.TRAINER, () -> runs.create(course, new RunDraft("Sureste",
                    Set.of(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), Set.of(), null, true, null, null,
                    RunMode.HYBRID)));
            tijuana = As.user(learning.trainer, Courses.TRAINER, () -> sessions.create(run,
                    draft("Taller en Tijuana", day, MexicanState.BCN))).id();
            oaxaca = As.user(learning.trainer, Courses.TRAINER, () -> sessions.create(run,
                    draft("Taller en Oaxaca", day, MexicanState.OAX))).id();
            As.user(learning.trainer, Courses.TRAINER, () -> sessions.cancel(oaxaca));
            this.learner = learner;
            As.user(learner, LearningFixture.LEARNER, () -> runs.join(run));
        }

        private static SessionDraft draft(String title, LocalDate day, MexicanState state) {
            return new SessionDraft(title, SessionKind.WORKSHOP, day, LocalTime.of(10, 0), LocalTime.of(12, 0),
                    "Casa de la Cultura", "Centro", "Municipio", state, null, Set.of(), "", 0);
        }
    }
}
