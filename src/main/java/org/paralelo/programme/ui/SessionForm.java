package org.paralelo.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonRef;
import org.paralelo.programme.CapacityBelowRegistered;
import org.paralelo.programme.SessionDraft;
import org.paralelo.programme.SessionKind;
import org.paralelo.programme.SessionSaved;
import org.paralelo.programme.SessionSummary;

/** The fields of an on-site session; times are the venue's local ones, its state gives the zone. */
class SessionForm extends FormLayout {

    private final TextField title = new TextField();
    private final Select<SessionKind> kind = new Select<>();
    private final DatePicker date = new DatePicker();
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final TextField venue = new TextField();
    private final TextField address = new TextField();
    private final TextField municipality = new TextField();
    private final ComboBox<MexicanState> state = new ComboBox<>();
    private final IntegerField capacity = new IntegerField();
    private final MultiSelectComboBox<PersonRef> facilitators = new MultiSelectComboBox<>();
    private final TextArea agenda = new TextArea();
    private final IntegerField closesHours = new IntegerField();
    private final FieldErrors errors = new FieldErrors(this);

    SessionForm(List<PersonRef> trainers) {
        label(title, "title", "session-title");
        kind.setLabel(getTranslation("programme.session.kind"));
        kind.setId("session-kind");
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k.messageKey()));
        kind.setValue(SessionKind.WORKSHOP);
        date.setLabel(getTranslation("programme.session.date"));
        date.setId("session-date");
        start.setLabel(getTranslation("programme.session.start"));
        start.setHelperText(getTranslation("programme.session.time-help"));
        start.setId("session-start");
        end.setLabel(getTranslation("programme.session.end"));
        end.setId("session-end");
        label(venue, "venue", "session-venue");
        label(address, "address", "session-address");
        label(municipality, "municipality", "session-municipality");
        state.setLabel(getTranslation("programme.session.state"));
        state.setId("session-state");
        state.setItems(MexicanState.values());
        state.setItemLabelGenerator(s -> Labels.of(this, s.messageKey()));
        capacity.setLabel(getTranslation("programme.session.capacity"));
        capacity.setHelperText(getTranslation("programme.run.capacity-help"));
        capacity.setId("session-capacity");
        capacity.setMin(1);
        facilitators.setLabel(getTranslation("programme.session.facilitators"));
        facilitators.setId("session-facilitators");
        facilitators.setItems(trainers);
        facilitators.setItemLabelGenerator(PersonRef::fullName);
        closesHours.setLabel(getTranslation("programme.session.closes-hours"));
        closesHours.setId("session-closes-hours");
        closesHours.setMin(0);
        closesHours.setMax(SessionDraft.MAX_CLOSES_HOURS);
        closesHours.setValue(24);
        agenda.setLabel(getTranslation("programme.session.agenda"));
        agenda.setId("session-agenda");
        errors.field("title", title).field("date", date).field("startTime", start).field("endTime", end)
                .field("venueName", venue).field("venueAddress", address).field("venueMunicipality", municipality)
                .field("venueState", state).field("capacity", capacity).field("facilitators", facilitators)
                .field("agenda", agenda).field("closesHoursBefore", closesHours);
        add(title, kind, date, start, end, venue, address, municipality, state, capacity, closesHours, facilitators,
                agenda);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        setColspan(title, 2);
        setColspan(agenda, 2);
    }

    /** Fills the fields from a saved session; its times are the venue's local ones, as the form asks. */
    void show(SessionSummary session) {
        title.setValue(session.title());
        kind.setValue(session.kind());
        date.setValue(session.starts().toLocalDate());
        start.setValue(session.starts().toLocalTime());
        end.setValue(session.ends().toLocalTime());
        venue.setValue(session.venueName());
        address.setValue(session.venueAddress());
        municipality.setValue(session.venueMunicipality());
        state.setValue(session.venueState());
        capacity.setValue(session.capacity());
        facilitators.setValue(session.facilitators());
        agenda.setValue(session.agenda());
        closesHours.setValue(session.closesHoursBefore());
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation("programme.session." + key));
        field.setId(id);
    }

    /** A save button: field refusals under their fields, other refusals and the warnings as notifications. */
    Button saveButton(Function<SessionDraft, SessionSaved> save, Consumer<SessionDraft> then) {
        return saveButton(save, null, then);
    }

    /**
     * A save button for an existing session: a capacity below the seats taken asks whether to move the latest
     * registered people to the wait list, and {@code moveExtra} saves that way once confirmed.
     */
    Button saveButton(Function<SessionDraft, SessionSaved> save,
                      @Nullable Function<SessionDraft, SessionSaved> moveExtra, Consumer<SessionDraft> then) {
        Button button = new Button(getTranslation("action.save"), click -> {
            SessionDraft draft = draft();
            try {
                saved(save.apply(draft), draft, then);
            } catch (CapacityBelowRegistered tooMany) {
                if (moveExtra == null) {
                    Labels.refused(this, tooMany);
                } else {
                    confirmMoving(tooMany, draft, moveExtra, then);
                }
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            } catch (UserFacingException refusal) {
                Labels.refused(this, refusal);
            }
        });
        button.setId("save-session");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void confirmMoving(CapacityBelowRegistered tooMany, SessionDraft draft,
                               Function<SessionDraft, SessionSaved> moveExtra, Consumer<SessionDraft> then) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("programme.sessions.capacity-title"),
                getTranslation(tooMany.messageKey(), tooMany.arguments()),
                getTranslation("programme.sessions.capacity-move"), event -> {
                    try {
                        saved(moveExtra.apply(draft), draft, then);
                        Notifications.success(getTranslation("programme.sessions.capacity-moved", tooMany.extra()));
                    } catch (InvalidInputException refusal) {
                        errors.show(refusal);
                    } catch (UserFacingException refusal) {
                        Labels.refused(this, refusal);
                    }
                }, getTranslation("action.cancel"), event -> { });
        confirm.setId("capacity-move-confirm");
        confirm.open();
    }

    private void saved(SessionSaved saved, SessionDraft draft, Consumer<SessionDraft> then) {
        saved.warnings().forEach(w -> Notifications.error(Labels.of(this, w.messageKey(), w.arguments())));
        then.accept(draft);
    }

    private SessionDraft draft() {
        errors.clear();
        return new SessionDraft(title.getValue(), kind.getValue() == null ? SessionKind.WORKSHOP : kind.getValue(),
                date.getValue(), start.getValue(), end.getValue(), venue.getValue(), address.getValue(),
                municipality.getValue(), state.getValue(), capacity.getValue(),
                facilitators.getValue().stream().map(PersonRef::id).collect(Collectors.toSet()), agenda.getValue(),
                closesHours.getValue() == null ? 0 : closesHours.getValue());
    }
}
