package org.paralelo.programme.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.provider.Query;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.NewAccount;
import org.paralelo.people.PersonFacts;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileData;
import org.paralelo.people.Role;
import org.paralelo.programme.AttendanceMark;
import org.paralelo.programme.AttendanceRequirement;
import org.paralelo.programme.AttendanceService;
import org.paralelo.programme.AttendanceSource;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.RunDraft;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunMode;
import org.paralelo.programme.RunService;
import org.paralelo.programme.RunSummary;
import org.paralelo.programme.SessionDraft;
import org.paralelo.programme.SessionId;
import org.paralelo.programme.SessionKind;
import org.paralelo.programme.SessionRegistrationService;
import org.paralelo.programme.SessionService;
import org.paralelo.programme.SoonSessions;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The runs screens: a course's runs, one run's page, and the learner's choice of run. */
class RunScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionRegistrationService registration;
    @Autowired AttendanceService attendance;
    @Autowired TestClock clock;

    @Test
    void the_owner_creates_a_run_in_the_dialog_and_lands_on_its_page() {
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        signIn(course.trainer, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.runs(course.course));
        assertThat(_get(Paragraph.class, spec -> spec.withId("runs-empty")).getText())
                .startsWith("Este curso aún no tiene ediciones");

        _click(_get(Button.class, spec -> spec.withId("new-run")));
        _setValue(_get(TextField.class, spec -> spec.withId("run-name")), "Región Sureste 2027-1");
        _setValue(_get(DatePicker.class, spec -> spec.withId("run-starts-on")), LocalDate.of(2027, 1, 11));
        _setValue(_get(DatePicker.class, spec -> spec.withId("run-ends-on")), LocalDate.of(2027, 6, 30));
        _setValue(_get(IntegerField.class, spec -> spec.withId("run-capacity")), 30);
        _click(_get(Button.class, spec -> spec.withId("save-run")));

        expectNotifications("Edición «Región Sureste 2027-1» creada.");
        assertThat(_get(H1.class).getText()).isEqualTo("Región Sureste 2027-1");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Región Sureste 2027-1 · Paralelo");
        UI.getCurrent().navigate(ProgrammePaths.runs(course.course));
        assertThat(runsGrid().getDataProvider().fetch(new Query<>()).map(RunSummary::name).toList())
                .containsExactly("Región Sureste 2027-1");
    }

    @Test
    void a_bad_run_shows_each_problem_under_its_field_and_creates_nothing() {
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        signIn(course.trainer, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.runs(course.course));
        _click(_get(Button.class, spec -> spec.withId("new-run")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("run-starts-on")), LocalDate.of(2027, 6, 30));
        _setValue(_get(DatePicker.class, spec -> spec.withId("run-ends-on")), LocalDate.of(2027, 1, 11));
        _click(_get(Button.class, spec -> spec.withId("save-run")));

        TextField name = _get(TextField.class, spec -> spec.withId("run-name"));
        DatePicker ends = _get(DatePicker.class, spec -> spec.withId("run-ends-on"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Este campo es obligatorio.");
        assertThat(ends.getErrorMessage()).isEqualTo("La fecha de fin no puede ser anterior a la de inicio.");
        assertThat(As.user(course.trainer, Courses.TRAINER, () -> runs.runs(course.course))).isEmpty();
    }

    @Test
    void a_co_trainer_sees_only_their_runs_and_cannot_create_one_and_a_stranger_finds_nothing() {
        Setup s = new Setup();
        signIn(s.coTrainer, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.runs(s.course));
        assertThat(runsGrid().getDataProvider().fetch(new Query<>()).map(RunSummary::name).toList())
                .containsExactly("Sureste");
        assertThat(_find(Button.class, spec -> spec.withId("new-run"))).isEmpty();

        String stranger = People.uniqueUsername("ajena");
        People.create(accounts, stranger, Role.TRAINER);
        signIn(stranger, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.run(s.sureste));
        assertThat(_find(H1.class).stream().map(H1::getText).toList()).doesNotContain("Sureste");
    }

    @Test
    void a_trainer_enrols_a_group_after_confirming_and_moves_a_member_keeping_them_in_the_course() {
        Setup s = new Setup();
        String municipality = "Municipio " + System.nanoTime();
        PersonId ana = learnerIn(municipality);
        PersonId beto = learnerIn(municipality);
        signIn(s.owner, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.run(s.sureste));
        _setValue(_get(TextField.class, spec -> spec.withId("run-enrol-municipality")), municipality);
        _click(_get(Button.class, spec -> spec.withId("run-enrol-group")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("run-enrol-group-confirm"));
        assertThat(_getText(confirm)).isEqualTo("Se inscribirán 2 personas en esta edición (0 ya están en alguna "
                + "edición del curso y se omiten).");
        assertThat(As.user(s.owner, Courses.TRAINER, () -> runs.members(s.sureste))).as("not yet confirmed")
                .isEmpty();
        _fireConfirm(confirm);
        assertThat(members().getDataProvider().fetch(new Query<>()).map(PersonFacts::id).toList())
                .containsExactlyInAnyOrder(ana, beto);

        PersonFacts first = members().getDataProvider().fetch(new Query<>()).filter(p -> p.id().equals(ana))
                .findFirst().orElseThrow();
        members().asSingleSelect().setValue(first);
        @SuppressWarnings("unchecked")
        ComboBox<RunSummary> target = _get(ComboBox.class, spec -> spec.withId("run-move-target"));
        _setValue(target, target.getListDataView().getItems().filter(r -> r.name().equals("Norte")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("run-move")));

        assertThat(members().getDataProvider().fetch(new Query<>()).map(PersonFacts::id).toList())
                .containsExactly(beto);
        assertThat(As.user(s.owner, Courses.TRAINER, () -> runs.members(s.norte))).extracting(PersonFacts::id)
                .containsExactly(ana);
    }

    @Test
    void a_learner_chooses_a_run_and_then_sees_it_as_theirs_in_both_languages() {
        Setup s = new Setup();
        String learner = LearningFixture.learner(accounts);
        signIn(learner, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.chooseRun(s.course));
        assertThat(_get(H1.class).getText()).startsWith("Elige tu edición de");
        _click(_get(Button.class, spec -> spec.withId("join-" + s.norte.value())));

        expectNotifications("Te uniste a «Norte».");
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-run")).getText())
                .isEqualTo("Estás en la edición «Norte».");
        assertThat(_find(Button.class, spec -> spec.withId("join-" + s.sureste.value()))).isEmpty();

        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(ProgrammePaths.chooseRun(s.course));
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-run")).getText())
                .isEqualTo("You are in the run “Norte”.");
    }

    @Test
    void a_learner_sees_their_own_attendance_and_what_is_missing_for_completion_in_both_languages() {
        Setup s = new Setup();
        String learner = LearningFixture.learner(accounts);
        PersonId learnerId = LearningFixture.learnerId(accounts, learner);
        As.user(learner, LearningFixture.LEARNER, () -> runs.join(s.sureste));
        As.user(s.owner, Courses.TRAINER, () -> runs.requireAttendance(s.sureste,
                new AttendanceRequirement(2, null, false)));
        SessionId first = As.user(s.owner, Courses.TRAINER, () -> sessions.create(s.sureste,
                SoonSessions.draft(clock, "Primera", Set.of()))).id();
        As.user(s.owner, Courses.TRAINER, () -> sessions.create(s.sureste, SoonSessions.draft(clock, "Segunda",
                Set.of())));
        As.user(learner, LearningFixture.LEARNER, () -> registration.register(first));
        As.user(s.owner, Courses.TRAINER, () -> attendance.mark(first, learnerId, AttendanceMark.PRESENT,
                AttendanceSource.ROLL_CALL));

        signIn(learner, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.chooseRun(s.course));
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-attendance-status")).getText())
                .isEqualTo("Asistencia: 1 de 2 sesiones requeridas");
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-attendance-missing")).getText())
                .isEqualTo("Para completar el curso te falta asistir a 1 sesión más.");
        assertThat(_get(ListItem.class, spec -> spec.withId("my-attendance-" + first.value())).getText())
                .startsWith("Primera, ").endsWith(": Presente");

        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(ProgrammePaths.chooseRun(s.course));
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-attendance-status")).getText())
                .isEqualTo("Attendance: 1 of 2 required sessions");
        assertThat(_get(ListItem.class, spec -> spec.withId("my-attendance-" + first.value())).getText())
                .endsWith(": Present");
    }

    @Test
    void a_trainer_plans_a_session_in_tijuana_and_a_member_in_oaxaca_reads_it_in_central_time() {
        Setup s = new Setup();
        LocalDate day = LocalDate.now().plusYears(1).withMonth(7).withDayOfMonth(1);
        signIn(s.owner, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.run(s.sureste));
        _click(_get(Button.class, spec -> spec.withId("new-session")));
        _setValue(_get(TextField.class, spec -> spec.withId("session-title")), "Taller de gestión");
        _setValue(_get(DatePicker.class, spec -> spec.withId("session-date")), day);
        _setValue(_get(TimePicker.class, spec -> spec.withId("session-start")), LocalTime.of(10, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("session-end")), LocalTime.of(12, 0));
        _setValue(_get(TextField.class, spec -> spec.withId("session-venue")), "Casa de la Cultura");
        _setValue(_get(TextField.class, spec -> spec.withId("session-address")), "Av. Revolución 1");
        _setValue(_get(TextField.class, spec -> spec.withId("session-municipality")), "Tijuana");
        @SuppressWarnings("unchecked")
        ComboBox<MexicanState> state = _get(ComboBox.class, spec -> spec.withId("session-state"));
        _setValue(state, MexicanState.BCN);
        _click(_get(Button.class, spec -> spec.withId("save-session")));
        expectNotifications("Sesión «Taller de gestión» creada.");

        String learner = LearningFixture.learner(accounts); // lives in Oaxaca: central time
        As.user(learner, LearningFixture.LEARNER, () -> runs.join(s.sureste));
        signIn(learner, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.chooseRun(s.course));
        String when = _get(Paragraph.class, spec -> spec.withClasses("session-when")).getText()
                .replace('\u202F', ' ').replace('\u00A0', ' ');
        assertThat(when).endsWith("de 11:00 a.m. a 1:00 p.m. (hora central)");
    }

    @Test
    void a_learner_registers_with_one_tap_the_next_one_waits_and_is_promoted_when_the_first_cancels() {
        Setup s = new Setup();
        SessionId session = As.user(s.owner, Courses.TRAINER, () -> sessions.create(s.sureste, new SessionDraft(
                "Taller con un lugar", SessionKind.WORKSHOP, LocalDate.now().plusYears(1), LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Casa de la Cultura", "Centro", "Oaxaca de Juárez", MexicanState.OAX, 1, Set.of(),
                "", 0))).id();
        String first = LearningFixture.learner(accounts);
        String second = LearningFixture.learner(accounts);
        for (String learner : List.of(first, second)) {
            As.user(learner, LearningFixture.LEARNER, () -> runs.join(s.sureste));
        }

        signIn(first, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.chooseRun(s.course));
        _click(_get(Button.class, spec -> spec.withId("register-" + session.value())));
        expectNotifications("Tienes lugar en «Taller con un lugar».");
        assertThat(standing(session)).isEqualTo("Inscrita/o");

        signIn(second, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.chooseRun(s.course));
        _click(_get(Button.class, spec -> spec.withId("register-" + session.value())));
        expectNotifications("La sesión está llena: quedaste en la lista de espera de «Taller con un lugar».");
        assertThat(standing(session)).isEqualTo("En lista de espera (lugar 1)");

        signIn(s.owner, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.run(s.sureste));
        assertThat(_get(Paragraph.class, spec -> spec.withId("registrations-" + session.value())).getText())
                .isEqualTo("Inscritas: 1 de 1 · En espera: 1");

        signIn(first, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.chooseRun(s.course));
        _click(_get(Button.class, spec -> spec.withId("register-" + session.value())));
        expectNotifications("Cancelaste tu inscripción.");
        signIn(second, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.chooseRun(s.course));
        assertThat(standing(session)).as("promoted from the wait list").isEqualTo("Inscrita/o");
    }

    @Test
    void lowering_capacity_below_the_seats_taken_asks_first_then_moves_the_latest_to_the_wait_list() {
        Setup s = new Setup();
        SessionId session = As.user(s.owner, Courses.TRAINER, () -> sessions.create(s.sureste, new SessionDraft(
                "Taller con dos lugares", SessionKind.WORKSHOP, LocalDate.now().plusYears(1), LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Casa de la Cultura", "Centro", "Oaxaca de Juárez", MexicanState.OAX, 2, Set.of(),
                "", 0))).id();
        for (int i = 0; i < 2; i++) {
            String learner = LearningFixture.learner(accounts);
            As.user(learner, LearningFixture.LEARNER, () -> runs.join(s.sureste));
            As.user(learner, LearningFixture.LEARNER, () -> registration.register(session));
        }
        signIn(s.owner, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.run(s.sureste));
        Anchor runIcs = _get(Anchor.class, spec -> spec.withId("ics-run-" + s.sureste.value()));
        assertThat(runIcs.getText()).isEqualTo("Todas las sesiones a mi calendario");
        assertThat(runIcs.getElement().hasAttribute("download")).isTrue();
        _get(Anchor.class, spec -> spec.withId("ics-session-" + session.value()));

        _click(_get(Button.class, spec -> spec.withId("edit-session-" + session.value())));
        _setValue(_get(IntegerField.class, spec -> spec.withId("session-capacity")), 1);
        _click(_get(Button.class, spec -> spec.withId("save-session")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("capacity-move-confirm"));
        assertThat(_getText(confirm)).startsWith("Ya hay 2 personas inscritas")
                .contains("a la última persona que se inscribió");
        _fireConfirm(confirm);
        expectNotifications("Guardaste los cambios de «Taller con dos lugares». Avisamos a las personas inscritas si "
                + "cambió la fecha o el lugar.", "Una persona pasó a la lista de espera.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("registrations-" + session.value())).getText())
                .isEqualTo("Inscritas: 1 de 1 · En espera: 1");
    }

    private static String standing(SessionId session) {
        return _get(Paragraph.class, spec -> spec.withId("standing-" + session.value())).getText();
    }

    /** A published course, its owner and a co-trainer, and two runs: Sureste (the co-trainer's) and Norte. */
    private final class Setup {
        final String owner;
        final String coTrainer;
        final CourseId course;
        final RunId sureste;
        final RunId norte;

        Setup() {
            LearningFixture learning = new LearningFixture(accounts, authoring, publishing);
            owner = learning.trainer;
            course = learning.course;
            coTrainer = People.uniqueUsername("co");
            PersonId co = People.create(accounts, coTrainer, Role.TRAINER);
            As.user(owner, Courses.TRAINER, () -> authoring.setCoTrainers(course, Set.of(co)));
            sureste = As.user(owner, Courses.TRAINER, () -> runs.create(course, draft("Sureste", Set.of(co))));
            norte = As.user(owner, Courses.TRAINER, () -> runs.create(course, draft("Norte", Set.of())));
        }

        private static RunDraft draft(String name, Set<PersonId> trainers) {
            return new RunDraft(name, Set.of(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), trainers, null,
                    true, null, null, RunMode.HYBRID);
        }
    }

    private PersonId learnerIn(String municipality) {
        String name = People.uniqueUsername("vive");
        return As.admin(() -> accounts.create(new NewAccount(name, People.PASSWORD, Set.of(Role.LEARNER),
                new ProfileData("Rosa " + name, name + "@ejemplo.mx", "es-MX", "OAX", municipality, null,
                        "MUNICIPAL_CULTURE_DIRECTOR", Set.of("CRAFTS")))));
    }

    @SuppressWarnings("unchecked")
    private static Grid<RunSummary> runsGrid() {
        return _get(Grid.class, spec -> spec.withId("runs"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PersonFacts> members() {
        return _get(Grid.class, spec -> spec.withId("run-members"));
    }
}
