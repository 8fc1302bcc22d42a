package org.paralelo.programme.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.base.ui.PageNotFoundView;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonRef;
import org.paralelo.people.RegionService;
import org.paralelo.programme.AgreementDraft;
import org.paralelo.programme.AgreementStatus;
import org.paralelo.programme.AttendanceMark;
import org.paralelo.programme.AttendanceService;
import org.paralelo.programme.AgreementView;
import org.paralelo.programme.DebateRecordService;
import org.paralelo.programme.OrganisationService;
import org.paralelo.programme.OrganisationView;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.RollCallEntry;
import org.paralelo.programme.SeriesFixture;
import org.paralelo.programme.SeriesService;
import org.paralelo.programme.SessionRegistrationService;
import org.paralelo.programme.SessionService;
import org.paralelo.programme.SessionSummary;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The series list, a series' page and a session's minutes and agreements, for organisers and participants. */
class SeriesScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired SeriesService series;
    @Autowired SessionService sessions;
    @Autowired OrganisationService organisations;
    @Autowired SessionRegistrationService registration;
    @Autowired DebateRecordService records;
    @Autowired AttendanceService attendance;
    @Autowired TestClock clock;

    SeriesFixture f;

    @BeforeEach
    void aSeries() {
        f = new SeriesFixture(accounts, regions, series, sessions, organisations, registration, clock);
    }

    @Test
    void an_organiser_creates_a_series_from_the_list_and_lands_on_its_page() {
        signIn(f.organiser, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.seriesList());
        assertThat(_get(H1.class).getText()).isEqualTo("Series de debate");
        assertThat(_get(Div.class, spec -> spec.withId("series-" + f.series.value())).getElement()
                .getTextRecursively()).contains("Diálogos por el acceso a la cultura", "2 sesiones");
        _click(_get(Button.class, spec -> spec.withId("new-series")));
        _click(_get(Button.class, spec -> spec.withId("save-series")));
        assertThat(_get(TextField.class, spec -> spec.withId("series-name")).isInvalid()).isTrue();
        _get(TextField.class, spec -> spec.withId("series-name")).setValue("Mesas de cultura en Progreso");
        _click(_get(Button.class, spec -> spec.withId("save-series")));
        assertThat(_get(H1.class).getText()).isEqualTo("Mesas de cultura en Progreso");
        assertThat(_find(Button.class, spec -> spec.withId("new-series-session"))).hasSize(1);
    }

    @Test
    void the_organiser_writes_minutes_records_an_agreement_follows_it_up_and_marks_organisations_present() {
        signIn(f.organiser, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.series(f.series));
        assertThat(_get(Section.class, spec -> spec.withId("series-organisations")).getElement().getTextRecursively())
                .contains("Consejo Vecinal Centro", "Consejo vecinal", "rosa@ejemplo.mx");
        assertThat(_get(Anchor.class, spec -> spec.withId("debate-" + f.first.value())).getHref())
                .isEqualTo(ProgrammePaths.debate(f.first));
        UI.getCurrent().navigate(ProgrammePaths.debate(f.first));
        assertThat(_get(H1.class).getText()).isEqualTo("Taller 1: diagnóstico");

        _get(TextArea.class, spec -> spec.withId("minutes-text")).setValue("## Asistentes\n\n**17** consejos");
        _click(_get(Button.class, spec -> spec.withId("save-minutes")));
        expectNotifications("Guardado.");
        assertThat(_get(Html.class).getInnerHtml()).contains("<strong>17</strong>");

        _get(TextArea.class, spec -> spec.withId("agreement-text")).setValue("Solicitar el foro del parque");
        _get(DatePicker.class, spec -> spec.withId("agreement-due")).setValue(java.time.LocalDate.of(2000, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("add-agreement")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("agreement-due")).getErrorMessage())
                .isEqualTo("La fecha límite no puede ser anterior a la sesión en que se tomó el acuerdo.");
        _get(DatePicker.class, spec -> spec.withId("agreement-due")).clear();
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationView> responsible = _get(ComboBox.class, spec -> spec.withId("agreement-organisation"));
        responsible.setValue(responsible.getListDataView().getItems().filter(o -> o.id().equals(f.council))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("add-agreement")));
        expectNotifications("Acuerdo registrado.");
        AgreementView made = As.user(f.organiser, Courses.TRAINER, () -> records.agreements(f.series, Set.of()))
                .getFirst();
        Div card = _get(Div.class, spec -> spec.withId("agreement-" + made.id().value()));
        assertThat(card.getElement().getTextRecursively()).contains("Solicitar el foro del parque", "Abierto",
                "Consejo Vecinal Centro");

        @SuppressWarnings("unchecked")
        Select<AgreementStatus> status = _get(Select.class, spec -> spec.withId("follow-status-" + made.id().value()));
        status.setValue(AgreementStatus.IN_PROGRESS);
        _get(TextField.class, spec -> spec.withId("follow-note-" + made.id().value())).setValue("Carta entregada");
        _click(_get(Button.class, spec -> spec.withId("follow-up-" + made.id().value())));
        assertThat(_get(Div.class, spec -> spec.withId("agreement-" + made.id().value())).getElement()
                .getTextRecursively()).contains("En curso", "Carta entregada");

        @SuppressWarnings("unchecked")
        CheckboxGroup<OrganisationView> present = _get(CheckboxGroup.class,
                spec -> spec.withId("organisations-present"));
        present.setValue(Set.copyOf(present.getListDataView().getItems().limit(1).toList()));
        _click(_get(Button.class, spec -> spec.withId("save-present")));
        assertThat(As.user(f.organiser, Courses.TRAINER, () -> organisations.present(f.first))).hasSize(1);
    }

    @Test
    void a_participant_reads_in_english_the_agreements_filters_them_and_cannot_edit() {
        As.user(f.organiser, Courses.TRAINER, () -> {
            records.saveMinutes(f.first, "Twenty *councils* <script>alert(1)</script>", -1);
            records.agree(f.first, new AgreementDraft("Map the cultural spaces", null, f.council, null));
        });
        signIn(f.participant, "LEARNER");
        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(ProgrammePaths.series(f.series));
        assertThat(_find(Button.class, spec -> spec.withId("new-series-session"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("agreement-list")).getElement().getTextRecursively())
                .contains("Map the cultural spaces", "Open");
        @SuppressWarnings("unchecked")
        CheckboxGroup<AgreementStatus> filter = _get(CheckboxGroup.class, spec -> spec.withId("agreement-filter"));
        filter.setValue(Set.of(AgreementStatus.DONE));
        assertThat(_get(Div.class, spec -> spec.withId("agreement-list")).getElement().getTextRecursively())
                .contains("No agreements yet.").doesNotContain("Map the cultural spaces");
        assertThat(_get(Anchor.class, spec -> spec.withId("agreements-csv")).getText())
                .isEqualTo("Download agreements (CSV)");

        UI.getCurrent().navigate(ProgrammePaths.debate(f.first));
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-agreement"))).isEmpty();
        assertThat(_get(Html.class).getInnerHtml()).contains("<em>councils</em>").doesNotContain("<script");
    }

    @Test
    void someone_without_a_seat_sees_the_sessions_to_register_but_neither_minutes_nor_agreements() {
        signIn(f.outsider, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.series(f.series));
        assertThat(_find(Section.class, spec -> spec.withId("series-agreements"))).isEmpty();
        assertThat(_find(Section.class, spec -> spec.withId("series-organisations"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("debate-" + f.first.value()))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("register-" + f.second.value())));
        assertThat(_find(Section.class, spec -> spec.withId("series-agreements"))).as("a seat makes a participant")
                .hasSize(1);

        signIn(f.otherTrainer, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.debate(f.first));
        assertThat(_get(PageNotFoundView.class)).isNotNull();
    }

    @Test
    void the_organiser_moves_a_session_from_the_series_page_and_then_cancels_it() {
        signIn(f.organiser, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.series(f.series));
        _click(_get(Button.class, spec -> spec.withId("edit-session-" + f.first.value())));
        assertThat(_get(TextField.class, spec -> spec.withId("session-title")).getValue())
                .isEqualTo("Taller 1: diagnóstico");
        _get(TimePicker.class, spec -> spec.withId("session-end")).setValue(LocalTime.of(16, 0));
        _click(_get(Button.class, spec -> spec.withId("save-session")));
        assertThat(_get(TimePicker.class, spec -> spec.withId("session-end")).getErrorMessage())
                .as("an end before the start is refused under its field").isNotBlank();

        _get(TimePicker.class, spec -> spec.withId("session-start")).setValue(LocalTime.of(18, 0));
        _get(TimePicker.class, spec -> spec.withId("session-end")).setValue(LocalTime.of(20, 0));
        _get(TextField.class, spec -> spec.withId("session-venue")).setValue("Museo de la Ciudad");
        _click(_get(Button.class, spec -> spec.withId("save-session")));
        expectNotifications("Guardaste los cambios de «Taller 1: diagnóstico». Avisamos a las personas inscritas si "
                + "cambió la fecha o el lugar.");
        SessionSummary moved = As.admin(() -> sessions.session(f.first));
        assertThat(moved.starts().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(moved.venueName()).isEqualTo("Museo de la Ciudad");
        assertThat(_get(Section.class, spec -> spec.withId("series-sessions")).getElement().getTextRecursively())
                .contains("Museo de la Ciudad");

        _click(_get(Button.class, spec -> spec.withId("cancel-session-" + f.first.value())));
        _fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("Sesión cancelada.");
        assertThat(As.admin(() -> sessions.session(f.first)).cancelledAt()).isNotNull();
        assertThat(_get(Div.class, spec -> spec.withId("session-" + f.first.value())).getElement()
                .getTextRecursively()).contains("Cancelada");
        assertThat(_find(Button.class, spec -> spec.withId("edit-session-" + f.first.value())))
                .as("a cancelled session offers no more changes").isEmpty();
    }

    @Test
    void a_participant_sees_no_edit_or_cancel_on_the_series_page() {
        signIn(f.participant, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.series(f.series));
        assertThat(_find(Button.class, spec -> spec.withId("edit-session-" + f.first.value()))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("cancel-session-" + f.first.value()))).isEmpty();
    }

    @Test
    void the_organiser_opens_a_series_sessions_roll_call_from_the_series_page_and_marks_a_participant() {
        java.time.Instant starts = As.admin(() -> sessions.session(f.first)).starts().toInstant();
        clock.advance(java.time.Duration.between(clock.instant(), starts.minus(java.time.Duration.ofMinutes(5))));
        signIn(f.organiser, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.series(f.series));
        String href = _get(Anchor.class, spec -> spec.withId("roll-call-" + f.first.value())).getHref();
        assertThat(href).isEqualTo(ProgrammePaths.rollCall(f.first));
        UI.getCurrent().navigate(href);
        assertThat(_get(H1.class).getText()).isEqualTo("Asistencia: Taller 1: diagnóstico");
        assertThat(_find(Anchor.class, spec -> spec.withText("← Volver a la serie"))).hasSize(1);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AttendanceMark> marks = _get(RadioButtonGroup.class,
                spec -> spec.withId("mark-" + f.participantId.value()));
        _setValue(marks, AttendanceMark.PRESENT);
        assertThat(As.user(f.organiser, Courses.TRAINER, () -> attendance.rollCall(f.first)))
                .extracting(RollCallEntry::mark).containsExactly(AttendanceMark.PRESENT);

        signIn(f.participant, "LEARNER");
        UI.getCurrent().navigate(ProgrammePaths.rollCall(f.first));
        assertThat(_get(PageNotFoundView.class)).as("a participant does not take the roll").isNotNull();
    }

    @Test
    void the_organiser_gives_an_agreement_to_a_participant_and_rewords_it_in_a_dialog() {
        signIn(f.organiser, "TRAINER");
        UI.getCurrent().navigate(ProgrammePaths.debate(f.first));
        _get(TextArea.class, spec -> spec.withId("agreement-text")).setValue("Mapear los espacios culturales");
        @SuppressWarnings("unchecked")
        ComboBox<PersonRef> person = _get(ComboBox.class, spec -> spec.withId("agreement-person"));
        assertThat(person.getListDataView().getItems().map(PersonRef::id))
                .containsExactlyInAnyOrder(f.organiserId, f.participantId);
        person.setValue(person.getListDataView().getItems().filter(p -> p.id().equals(f.participantId))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("add-agreement")));
        expectNotifications("Acuerdo registrado.");
        AgreementView made = As.user(f.organiser, Courses.TRAINER, () -> records.agreements(f.series, Set.of()))
                .getFirst();
        assertThat(made.responsiblePerson()).isEqualTo(f.participantId);

        _click(_get(Button.class, spec -> spec.withId("edit-agreement-" + made.id().value())));
        assertThat(_get(TextArea.class, spec -> spec.withId("edit-agreement-text")).getValue())
                .isEqualTo("Mapear los espacios culturales");
        _get(TextArea.class, spec -> spec.withId("edit-agreement-text")).setValue("");
        _click(_get(Button.class, spec -> spec.withId("save-agreement")));
        assertThat(_get(TextArea.class, spec -> spec.withId("edit-agreement-text")).isInvalid()).isTrue();
        _get(TextArea.class, spec -> spec.withId("edit-agreement-text")).setValue("Mapear los foros del centro");
        _click(_get(Button.class, spec -> spec.withId("save-agreement")));
        expectNotifications("Guardaste los cambios del acuerdo.");
        assertThat(_get(Div.class, spec -> spec.withId("agreement-" + made.id().value())).getElement()
                .getTextRecursively()).contains("Mapear los foros del centro");
    }
}
