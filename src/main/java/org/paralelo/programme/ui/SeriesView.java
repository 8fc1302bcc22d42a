package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.PersonRef;
import org.paralelo.programme.AgendaService;
import org.paralelo.programme.AgreementStatus;
import org.paralelo.programme.DebateRecordService;
import org.paralelo.programme.OrganisationService;
import org.paralelo.programme.OrganisationView;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.Registration;
import org.paralelo.programme.SeriesId;
import org.paralelo.programme.SeriesService;
import org.paralelo.programme.SeriesSummary;
import org.paralelo.programme.SessionMaterialService;
import org.paralelo.programme.SessionRegistrationService;
import org.paralelo.programme.SessionService;
import org.paralelo.programme.SessionSummary;
import org.springframework.security.access.AccessDeniedException;

/**
 * One debate series: its sessions (anyone signed in with the link registers), and for its readers the
 * organisations taking part and the agreements across the whole series, pending first and filterable by status,
 * with CSV and PDF exports. Organisers plan, edit and cancel sessions and choose the organisations here.
 */
@Route("series/:seriesId")
@PermitAll
public class SeriesView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final SeriesService series;
    private final SessionService sessions;
    private final SessionRegistrationService registration;
    private final OrganisationService organisations;
    private final DebateRecordService records;
    private final SessionMaterialService materials;
    private final AgendaService agenda;
    private final Div agreementList = new Div();
    private SeriesId id = new SeriesId(0);

    SeriesView(SeriesService series, SessionService sessions, SessionRegistrationService registration,
               OrganisationService organisations, DebateRecordService records, SessionMaterialService materials,
               AgendaService agenda) {
        this.materials = materials;
        this.agenda = agenda;
        this.series = series;
        this.sessions = sessions;
        this.registration = registration;
        this.organisations = organisations;
        this.records = records;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.series(event);
        render();
    }

    private void render() {
        removeAll();
        SeriesSummary shown = series.series(id);
        boolean manages = series.canManage(id);
        boolean reads = series.canRead(id);
        add(new Anchor(ProgrammePaths.seriesList(), "← " + getTranslation("programme.series.title")));
        add(new H1(shown.name()));
        if (!shown.description().isBlank()) {
            add(new Paragraph(shown.description()));
        }
        add(new Paragraph(getTranslation("programme.series.organisers", String.join(", ",
                shown.organisers().stream().map(o -> o.fullName()).toList()))));
        add(sessionSection(manages, reads));
        if (reads) {
            add(organisationSection(manages), agreementSection());
        }
    }

    private Section sessionSection(boolean manages, boolean reads) {
        Section section = new Section(new H2(getTranslation("programme.series.sessions")));
        section.setId("series-sessions");
        if (manages) {
            Button plan = new Button(getTranslation("programme.sessions.new"), click -> newSession());
            plan.setId("new-series-session");
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(plan);
        }
        ZoneId viewer = sessions.myZone();
        List<SessionSummary> list = series.sessions(id);
        if (list.isEmpty()) {
            section.add(new Paragraph(getTranslation("programme.series.sessions-empty")));
        }
        List<PersonRef> organisers = manages ? series.series(id).organisers() : List.of();
        list.forEach(s -> section.add(SessionCards.card(this, s, viewer, getLocale(), session ->
                CalendarDownloads.after(this, agenda, session, actions(session, manages, reads, organisers)))));
        return section;
    }

    private Component[] actions(SessionSummary session, boolean manages, boolean reads, List<PersonRef> organisers) {
        Anchor record = new Anchor(ProgrammePaths.debate(session.id()), getTranslation("programme.debate.open"));
        record.setId("debate-" + session.id().value());
        if (manages) {
            return new Component[] {record, SessionMaterials.links(this, session.id(), materials.materials(session.id())),
                SessionActions.rollCall(this, session),
                SessionActions.edit(this, sessions, materials, session, organisers, this::render),
                SessionActions.cancel(this, sessions, session, this::render)};
        }
        Optional<Registration> mine = registration.mine(session.id());
        Button toggle = mine.isPresent()
                ? new Button(getTranslation("programme.registration.cancel"), click -> attempt(
                        () -> registration.cancelMine(session.id())))
                : new Button(getTranslation("programme.registration.register"), click -> attempt(
                        () -> registration.register(session.id())));
        toggle.setId("register-" + session.id().value());
        Paragraph status = new Paragraph(mine.map(r -> Labels.of(this, r.status().messageKey())).orElse(""));
        Component links = SessionMaterials.links(this, session.id(), materials.materials(session.id()));
        return reads ? new Component[] {status, toggle, record, links} : new Component[] {status, toggle, links};
    }

    private void attempt(Runnable action) {
        if (Refusals.attempt(this, action)) {
            render();
        }
    }

    private void newSession() {
        SessionForm form = new SessionForm(series.series(id).organisers());
        Dialog dialog = new Dialog(form);
        dialog.setId("new-session-dialog");
        dialog.setHeaderTitle(getTranslation("programme.sessions.new"));
        Button save = form.saveButton(draft -> sessions.createInSeries(id, draft), draft -> {
            dialog.close();
            Notifications.success(getTranslation("programme.sessions.created", draft.title().strip()));
            render();
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private Section organisationSection(boolean manages) {
        Section section = new Section(new H2(getTranslation("programme.series.organisations")));
        section.setId("series-organisations");
        List<OrganisationView> taking = organisations.of(id);
        if (taking.isEmpty()) {
            section.add(new Paragraph(getTranslation("programme.organisation.none")));
        }
        Div list = new Div();
        list.addClassName("organisation-list");
        taking.forEach(o -> list.add(new Paragraph(o.name() + " · " + Labels.of(this, o.kind().messageKey()) + " · "
                + o.municipality() + (manages && !o.contactName().isBlank() ? " · " + o.contactName() + " "
                + o.contactEmail() + " " + o.contactPhone() : ""))));
        section.add(list);
        if (manages) {
            ComboBox<OrganisationView> add = new ComboBox<>(getTranslation("programme.organisation.add"));
            add.setItems(organisations.all().stream().filter(o -> !taking.contains(o)).toList());
            add.setItemLabelGenerator(o -> o.name() + " (" + o.municipality() + ")");
            add.setId("add-organisation");
            Button join = new Button(getTranslation("programme.organisation.join"), click -> {
                if (add.getValue() != null) {
                    attempt(() -> organisations.join(id, add.getValue().id()));
                }
            });
            join.setId("join-organisation");
            Button create = new Button(getTranslation("programme.organisation.new"), click ->
                    OrganisationDialog.open(this, organisations, created -> attempt(() -> organisations.join(id,
                            created))));
            create.setId("new-organisation");
            HorizontalLayout row = new HorizontalLayout(add, join, create);
            row.setWrap(true);
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            section.add(row);
        }
        return section;
    }

    private Section agreementSection() {
        Section section = new Section(new H2(getTranslation("programme.agreement.title")));
        section.setId("series-agreements");
        CheckboxGroup<AgreementStatus> filter = new CheckboxGroup<>(getTranslation("programme.agreement.filter"));
        filter.setItems(AgreementStatus.values());
        filter.setItemLabelGenerator(s -> Labels.of(this, s.messageKey()));
        filter.setId("agreement-filter");
        filter.addValueChangeListener(event -> showAgreements(event.getValue()));
        HorizontalLayout exports = new HorizontalLayout(
                download("programme.agreement.export.csv", "agreements-csv", "csv", "text/csv;charset=UTF-8",
                        locale -> records.exportCsv(id, locale)),
                download("programme.agreement.export.pdf", "agreements-pdf", "pdf", "application/pdf",
                        locale -> records.exportPdf(id, locale)));
        exports.setWrap(true);
        agreementList.setId("agreement-list");
        section.add(filter, exports, agreementList);
        showAgreements(Set.of());
        return section;
    }

    private void showAgreements(Set<AgreementStatus> statuses) {
        agreementList.removeAll();
        AgreementCards.fill(this, getLocale(), agreementList, records.agreements(id, statuses), null);
    }

    private Anchor download(String label, String elementId, String extension, String type,
                            java.util.function.Function<Locale, byte[]> content) {
        Locale locale = getLocale();
        String fileName = getTranslation("programme.agreement.export.file", id.value(), extension);
        Anchor link = new Anchor();
        link.setText(getTranslation(label));
        link.setId(elementId);
        link.setHref(DownloadHandler.fromInputStream(event -> {
            Supplier<byte[]> bytes = () -> content.apply(locale);
            try {
                byte[] file = bytes.get();
                return new DownloadResponse(new ByteArrayInputStream(file), fileName, type, file.length);
            } catch (UserFacingException | AccessDeniedException refused) {
                return DownloadResponse.error(404);
            }
        }));
        link.getElement().setAttribute("download", true);
        return link;
    }
}
