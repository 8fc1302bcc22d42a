package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.programme.AgreementDraft;
import org.paralelo.programme.AgreementStatus;
import org.paralelo.programme.AgreementView;
import org.paralelo.programme.DebateRecordService;
import org.paralelo.programme.MinutesView;
import org.paralelo.programme.OrganisationId;
import org.paralelo.programme.OrganisationService;
import org.paralelo.programme.OrganisationView;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.SeriesId;
import org.paralelo.programme.SeriesService;
import org.paralelo.programme.SessionId;
import org.paralelo.programme.SessionService;
import org.paralelo.programme.SessionSummary;

/**
 * A series session's record on a phone: the minutes (sanitised Markdown; organisers edit them here), the
 * organisations present, and the series' agreements with the pending ones first, so the workshop starts from what
 * is pending; organisers add agreements made today and follow up earlier ones (the note is tied to this session).
 */
@Route("sesiones/:sessionId/acta")
@PermitAll
public class DebateSessionView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final SessionService sessions;
    private final SeriesService series;
    private final OrganisationService organisations;
    private final DebateRecordService records;
    private SessionId id = new SessionId(0);
    private SeriesId seriesId = new SeriesId(0);

    DebateSessionView(SessionService sessions, SeriesService series, OrganisationService organisations,
                      DebateRecordService records) {
        this.sessions = sessions;
        this.series = series;
        this.organisations = organisations;
        this.records = records;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.session(event);
        SessionSummary session = sessions.session(id);
        if (session.series() == null || !series.canRead(session.series())) {
            throw new NotFoundException();
        }
        seriesId = session.series();
        render();
    }

    private void render() {
        removeAll();
        SessionSummary session = sessions.session(id);
        boolean manages = series.canManage(seriesId);
        add(new Anchor(ProgrammePaths.series(seriesId), "← " + series.series(seriesId).name()));
        add(new H1(session.title()));
        add(new Paragraph(SessionCards.when(this, session, sessions.myZone(), getLocale())),
                new Paragraph(SessionCards.where(this, session)));
        add(minutesSection(manages), presentSection(manages), agreementSection(manages));
    }

    private Section minutesSection(boolean manages) {
        Section section = new Section(new H2(getTranslation("programme.debate.minutes")));
        section.setId("debate-minutes");
        MinutesView minutes = records.minutes(id);
        if (minutes.editedAt() != null) {
            section.add(new Paragraph(getTranslation("programme.debate.edited", minutes.author(),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(getLocale()).format(minutes.editedAt().atZone(sessions.myZone())))));
        }
        if (!manages) {
            section.add(minutes.markdown().isBlank() ? new Paragraph(getTranslation("programme.debate.no-minutes"))
                    : new Html("<div class=\"minutes\">" + minutes.safeHtml() + "</div>"));
            return section;
        }
        TextArea text = new TextArea(getTranslation("programme.debate.minutes-field"));
        text.setHelperText(getTranslation("programme.debate.minutes-help"));
        text.setValue(minutes.markdown());
        text.setWidthFull();
        text.setMinRows(8);
        text.setId("minutes-text");
        FieldErrors errors = new FieldErrors(section).field("minutes", text);
        Button save = new Button(getTranslation("action.save"), click -> {
            errors.clear();
            try {
                records.saveMinutes(id, text.getValue(), minutes.version());
                Notifications.success(getTranslation("programme.debate.saved"));
                render();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            } catch (UserFacingException refusal) {
                Labels.refused(this, refusal);
            }
        });
        save.setId("save-minutes");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(text, save);
        if (!minutes.safeHtml().isBlank()) {
            section.add(new Html("<div class=\"minutes\">" + minutes.safeHtml() + "</div>"));
        }
        return section;
    }

    private Section presentSection(boolean manages) {
        Section section = new Section(new H2(getTranslation("programme.debate.present")));
        section.setId("debate-present");
        List<OrganisationView> taking = organisations.of(seriesId);
        Set<OrganisationId> present = organisations.present(id);
        CheckboxGroup<OrganisationView> marks = new CheckboxGroup<>(getTranslation("programme.debate.present-help"));
        marks.setItems(taking);
        marks.setItemLabelGenerator(OrganisationView::name);
        marks.setValue(taking.stream().filter(o -> present.contains(o.id())).collect(Collectors.toSet()));
        marks.setReadOnly(!manages);
        marks.setId("organisations-present");
        section.add(marks);
        if (manages) {
            Button save = new Button(getTranslation("programme.debate.save-present"), click -> {
                if (Refusals.attempt(this, () -> organisations.markPresent(id, marks.getValue().stream()
                        .map(OrganisationView::id).collect(Collectors.toSet())))) {
                    Notifications.success(getTranslation("programme.debate.saved"));
                }
            });
            save.setId("save-present");
            section.add(save);
        }
        return section;
    }

    private Section agreementSection(boolean manages) {
        Section section = new Section(new H2(getTranslation("programme.agreement.title")));
        section.setId("debate-agreements");
        if (manages) {
            section.add(newAgreement());
        }
        Div list = new Div();
        list.setId("agreement-list");
        AgreementCards.fill(this, getLocale(), list, records.agreements(seriesId, Set.of()), manages ? this::followUp : null);
        section.add(list);
        return section;
    }

    private Component newAgreement() {
        AgreementFields fields = new AgreementFields(this, "agreement", records.responsibleCandidates(seriesId),
                organisations.of(seriesId));
        Button add = new Button(getTranslation("programme.agreement.add"), click -> {
            if (saveAgreement(fields, draft -> records.agree(id, draft))) {
                Notifications.success(getTranslation("programme.agreement.added"));
                render();
            }
        });
        add.setId("add-agreement");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(fields.person, fields.organisation, fields.due, add);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div form = new Div(fields.text, row);
        form.addClassName("agreement-form");
        return form;
    }

    /** Saves through {@code save}; field refusals under their fields, others as a notification. */
    private boolean saveAgreement(AgreementFields fields, java.util.function.Consumer<AgreementDraft> save) {
        try {
            save.accept(fields.draft());
            return true;
        } catch (InvalidInputException refusal) {
            fields.show(refusal);
        } catch (UserFacingException refusal) {
            Labels.refused(this, refusal);
        }
        return false;
    }

    /** The agreement's text, responsible and due date in a dialog, saved with the version shown (stale refused). */
    private void editAgreement(AgreementView agreement) {
        AgreementFields fields = new AgreementFields(this, "edit-agreement", records.responsibleCandidates(seriesId),
                organisations.of(seriesId));
        fields.show(agreement);
        Dialog dialog = new Dialog(fields.text, fields.person, fields.organisation, fields.due);
        dialog.setId("edit-agreement-dialog");
        dialog.setHeaderTitle(getTranslation("programme.agreement.edit"));
        Button save = new Button(getTranslation("action.save"), click -> {
            if (saveAgreement(fields, draft -> records.revise(agreement.id(), draft, agreement.version()))) {
                dialog.close();
                Notifications.success(getTranslation("programme.agreement.edited"));
                render();
            }
        });
        save.setId("save-agreement");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private Component followUp(AgreementView agreement) {
        Select<AgreementStatus> status = new Select<>();
        status.setLabel(getTranslation("programme.agreement.column.status"));
        status.setItems(AgreementStatus.values());
        status.setItemLabelGenerator(s -> Labels.of(this, s.messageKey()));
        status.setValue(agreement.status());
        status.setId("follow-status-" + agreement.id().value());
        TextField note = new TextField(getTranslation("programme.agreement.note"));
        note.setId("follow-note-" + agreement.id().value());
        Button save = new Button(getTranslation("programme.agreement.follow-up"), click -> {
            if (Refusals.attempt(this, () -> records.followUp(agreement.id(), id, note.getValue(),
                    status.getValue(), agreement.version()))) {
                Notifications.success(getTranslation("programme.debate.saved"));
                render();
            }
        });
        save.setId("follow-up-" + agreement.id().value());
        Button edit = new Button(getTranslation("programme.agreement.edit"), click -> editAgreement(agreement));
        edit.setId("edit-agreement-" + agreement.id().value());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(status, note, save, edit);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
