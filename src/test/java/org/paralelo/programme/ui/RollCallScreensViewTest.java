package org.paralelo.programme.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.Role;
import org.paralelo.programme.AttendanceMark;
import org.paralelo.programme.AttendanceRequirement;
import org.paralelo.programme.AttendanceService;
import org.paralelo.programme.ProgrammePaths;
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
import org.paralelo.support.Courses;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The roll call, the check-in code and the check-in page, as trainers and learners use them. */
class RollCallScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionRegistrationService registration;
    @Autowired AttendanceService attendance;
    @Autowired TestClock clock;

    @Test
    void the_owner_takes_the_roll_with_one_tap_per_person_and_the_summary_counts_as_they_go() {
        Setup s = new Setup(2);
        signIn(s.owner, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.run(s.run));
        String href = _get(Anchor.class, spec -> spec.withId("roll-call-" + s.session.value())).getHref();
        assertThat(href).isEqualTo(ProgrammePaths.rollCall(s.session));
        UI.getCurrent().navigate(href);
        assertThat(_get(H1.class).getText()).isEqualTo("Asistencia: Taller de públicos");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Asistencia: Taller de públicos · Paralelo");
        assertThat(summary()).isEqualTo("Presentes: 0 · Tarde: 0 · Justificadas: 0 · Ausentes: 0 · Sin marcar: 2");

        _setValue(marks(s.people.get(0)), AttendanceMark.PRESENT);
        _setValue(marks(s.people.get(1)), AttendanceMark.LATE);
        assertThat(summary()).isEqualTo("Presentes: 1 · Tarde: 1 · Justificadas: 0 · Ausentes: 0 · Sin marcar: 0");
        _setValue(marks(s.people.get(1)), AttendanceMark.EXCUSED);
        _click(_get(Button.class, spec -> spec.withId("clear-" + s.people.get(0).value())));
        expectNotifications("Se quitó la marca de María " + s.usernames.get(0) + ".");
        assertThat(summary()).isEqualTo("Presentes: 0 · Tarde: 0 · Justificadas: 1 · Ausentes: 0 · Sin marcar: 1");
        assertThat(marks(s.people.get(0)).getAriaLabel()).contains("Asistencia de María " + s.usernames.get(0));

        assertThat(As.user(s.owner, Courses.TRAINER, () -> attendance.rollCall(s.session)))
                .extracting(RollCallEntry::mark).containsExactlyInAnyOrder(null, AttendanceMark.EXCUSED);

        _click(_get(Button.class, spec -> spec.withId("rollcall-rest-absent")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("rollcall-rest-absent-confirm")));
        expectNotifications("Se marcaron 1 ausencias.");
        assertThat(marks(s.people.get(0)).getValue()).isEqualTo(AttendanceMark.ABSENT);
    }

    @Test
    void a_walk_in_is_added_by_name_and_shown_as_not_registered() {
        Setup s = new Setup(1);
        String walkIn = LearningFixture.learner(accounts);
        As.user(walkIn, LearningFixture.LEARNER, () -> runs.join(s.run));
        PersonId walkInId = LearningFixture.learnerId(accounts, walkIn);
        signIn(s.owner, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.rollCall(s.session));
        _click(_get(Button.class, spec -> spec.withId("walk-in-add")));
        expectNotifications("Elige primero a una persona de la lista.");
        @SuppressWarnings("unchecked")
        ComboBox<PersonRef> person = _get(ComboBox.class, spec -> spec.withId("walk-in-person"));
        _setValue(person, new PersonRef(walkInId, "María " + walkIn, walkIn));
        _click(_get(Button.class, spec -> spec.withId("walk-in-add")));
        expectNotifications("María " + walkIn + " quedó presente (sin inscripción).");
        assertThat(marks(walkInId).getValue()).isEqualTo(AttendanceMark.PRESENT);
        assertThat(_find(Span.class, spec -> spec.withText("Sin inscripción"))).hasSize(1);
    }

    @Test
    void the_facilitator_shows_a_code_with_its_qr_and_a_learner_checks_in_with_it_from_the_scanned_link() {
        Setup s = new Setup(1);
        signIn(s.owner, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.rollCall(s.session));
        _click(_get(Button.class, spec -> spec.withId("check-in-issue")));
        String code = _get(Span.class, spec -> spec.withId("check-in-code")).getText().replace(" ", "");
        assertThat(code).matches("[A-Z2-9]{6}");
        Image qr = _get(Image.class, spec -> spec.withId("check-in-qr"));
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAlt()).contains("Código QR para registrar asistencia en la sesión «Taller de públicos»");
        assertThat(_get(Button.class, spec -> spec.withId("check-in-issue")).getText()).isEqualTo("Nuevo código");

        signIn(s.usernames.getFirst(), "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.checkIn(), QueryParameters.of("codigo", code));
        assertThat(_get(TextField.class, spec -> spec.withId("check-in-input")).getValue()).isEqualTo(code);
        assertThat(As.user(s.owner, Courses.TRAINER, () -> attendance.rollCall(s.session)).getFirst().mark())
                .as("opening the scanned link alone marks nothing").isNull();
        _click(_get(Button.class, spec -> spec.withId("check-in-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("check-in-outcome")).getText())
                .isEqualTo("Listo: quedaste presente en «Taller de públicos».");
        assertThat(As.user(s.owner, Courses.TRAINER, () -> attendance.rollCall(s.session)).getFirst().mark())
                .isEqualTo(AttendanceMark.PRESENT);
    }

    @Test
    void a_wrong_code_gets_a_localised_message_under_the_field_in_both_languages() {
        Setup s = new Setup(1);
        signIn(s.usernames.getFirst(), "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.checkIn());
        TextField field = _get(TextField.class, spec -> spec.withId("check-in-input"));
        _setValue(field, "ZZZ ZZZ");
        _click(_get(Button.class, spec -> spec.withId("check-in-send")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Ese código no es válido o ya venció. Revísalo con quien "
                + "facilita la sesión.");

        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(ProgrammePaths.checkIn());
        assertThat(_get(H1.class).getText()).isEqualTo("Check in");
        TextField english = _get(TextField.class, spec -> spec.withId("check-in-input"));
        _setValue(english, "<b>x</b>");
        _click(_get(Button.class, spec -> spec.withId("check-in-send")));
        assertThat(english.getErrorMessage()).isEqualTo("That code is not valid or has expired. Check it with the "
                + "session's facilitator.");
    }

    @Test
    void the_roll_call_reads_in_english_and_offers_the_sign_in_sheet() {
        Setup s = new Setup(1);
        signIn(s.owner, "TRAINER");
        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(ProgrammePaths.rollCall(s.session));
        assertThat(_get(H1.class).getText()).isEqualTo("Attendance: Taller de públicos");
        assertThat(summary()).isEqualTo("Present: 0 · Late: 0 · Excused: 0 · Absent: 0 · Not marked: 1");
        assertThat(marks(s.people.getFirst()).getListDataView().getItems().map(m -> marks(s.people.getFirst())
                .getItemLabelGenerator().apply(m)).toList()).containsExactly("Present", "Late", "Excused", "Absent");
        assertThat(_get(Anchor.class, spec -> spec.withId("sign-in-sheet")).getText())
                .isEqualTo("Sign-in sheet (PDF)");
    }

    @Test
    void a_learner_and_a_trainer_of_another_course_find_no_roll_call() {
        Setup s = new Setup(1);
        signIn(s.usernames.getFirst(), "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.rollCall(s.session));
        assertThat(_find(H1.class).stream().map(H1::getText).toList()).noneMatch(t -> t.startsWith("Asistencia"));

        String stranger = People.uniqueUsername("ajena");
        People.create(accounts, stranger, Role.TRAINER);
        signIn(stranger, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.rollCall(s.session));
        assertThat(_find(H1.class).stream().map(H1::getText).toList()).noneMatch(t -> t.startsWith("Asistencia"));
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
    }

    @Test
    void the_owner_sets_the_attendance_needed_to_complete_and_a_bad_one_shows_under_its_field() {
        Setup s = new Setup(0);
        signIn(s.owner, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.run(s.run));
        IntegerField sessionsNeeded = _get(IntegerField.class, spec -> spec.withId("requirement-sessions"));
        IntegerField percent = _get(IntegerField.class, spec -> spec.withId("requirement-percent"));
        _setValue(sessionsNeeded, 2);
        _setValue(percent, 50);
        _click(_get(Button.class, spec -> spec.withId("requirement-save")));
        assertThat(percent.isInvalid()).isTrue();
        assertThat(percent.getErrorMessage()).isEqualTo("Indica un número de sesiones o un porcentaje, no ambos.");
        assertThat(As.user(s.owner, Courses.TRAINER, () -> runs.attendanceRequirement(s.run)).required()).isFalse();

        _setValue(percent, null);
        _setValue(_get(Checkbox.class, spec -> spec.withId("requirement-excused")), true);
        _click(_get(Button.class, spec -> spec.withId("requirement-save")));
        expectNotifications("Requisito de asistencia guardado.");
        assertThat(As.user(s.owner, Courses.TRAINER, () -> runs.attendanceRequirement(s.run)))
                .isEqualTo(new AttendanceRequirement(2, null, true));
        UI.getCurrent().navigate(ProgrammePaths.run(s.run));
        assertThat(_get(IntegerField.class, spec -> spec.withId("requirement-sessions")).getValue()).isEqualTo(2);
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("rollcall-summary")).getText();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<AttendanceMark> marks(PersonId person) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("mark-" + person.value()));
    }

    /** A published course, its owner, a run, a session starting soon and people with a seat in it. */
    private final class Setup {
        final String owner;
        final RunId run;
        final SessionId session;
        final List<String> usernames;
        final List<PersonId> people;

        Setup(int seated) {
            LearningFixture learning = new LearningFixture(accounts, authoring, publishing);
            owner = learning.trainer;
            run = As.user(owner, Courses.TRAINER, () -> runs.create(learning.course, new RunDraft("Sureste",
                    Set.of(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), Set.of(), null, true, null, null,
                    RunMode.HYBRID)));
            session = As.user(owner, Courses.TRAINER, () -> sessions.create(run,
                    SoonSessions.draft(clock, "Taller de públicos", Set.of()))).id();
            usernames = new java.util.ArrayList<>();
            for (int i = 0; i < seated; i++) {
                String learner = LearningFixture.learner(accounts);
                As.user(learner, LearningFixture.LEARNER, () -> runs.join(run));
                As.user(learner, LearningFixture.LEARNER, () -> registration.register(session));
                usernames.add(learner);
            }
            people = usernames.stream().map(u -> LearningFixture.learnerId(accounts, u)).toList();
        }
    }
}
