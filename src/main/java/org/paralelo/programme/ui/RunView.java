package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.learning.GroupEnrolment;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonFacts;
import org.paralelo.people.PersonRef;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.programme.AgendaService;
import org.paralelo.programme.AttendanceRequirement;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.Registration;
import org.paralelo.programme.RegistrationStatus;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunService;
import org.paralelo.programme.RunSummary;
import org.paralelo.programme.SessionMaterialService;
import org.paralelo.programme.SessionRegistrationService;
import org.paralelo.programme.SessionService;
import org.paralelo.programme.SessionSummary;

/**
 * One run for the trainers who manage it: its on-site sessions, its details (editable), closing it, its members,
 * enrolling people one by one or by region/state/municipality, and moving a member to another run of the course
 * (progress is kept).
 */
@Route("ediciones/:runId")
@RolesAllowed({"TRAINER", "ADMIN"})
public class RunView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final RunService runs;
    private final SessionService sessions;
    private final SessionRegistrationService registration;
    private final RegionService regions;
    private final SessionMaterialService materials;
    private final AgendaService agenda;
    private RunId id = new RunId(0);

    RunView(RunService runs, SessionService sessions, SessionRegistrationService registration, RegionService regions,
            SessionMaterialService materials, AgendaService agenda) {
        this.materials = materials;
        this.agenda = agenda;
        this.registration = registration;
        this.runs = runs;
        this.sessions = sessions;
        this.regions = regions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.run(event);
        if (!runs.canManage(id)) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        RunSummary run = runs.run(id);
        removeAll();
        Paragraph facts = new Paragraph(Labels.of(this, run.mode().messageKey()) + " · "
                + RunLabels.dates(getLocale(), run) + (run.regions().isEmpty() ? "" : " · " + RunLabels.regions(run))
                + " · " + RunLabels.state(this, run));
        facts.setId("run-facts");
        add(new Anchor(ProgrammePaths.runs(run.course()), "← " + getTranslation("programme.runs.link")),
                new H1(run.name()), facts, CalendarDownloads.run(this, agenda, id), sessionsSection(run),
                requirementSection(), details(run), enrolSection(run), membersSection(run));
    }

    private Section sessionsSection(RunSummary run) {
        Section section = new Section(new H2(getTranslation("programme.sessions.title")));
        section.setId("run-sessions");
        if (!run.closed()) {
            Button create = new Button(getTranslation("programme.sessions.new"), click -> newSession(run));
            create.setId("new-session");
            section.add(create);
        }
        List<SessionSummary> list = sessions.sessions(id);
        if (list.isEmpty()) {
            section.add(new Paragraph(getTranslation("programme.sessions.empty")));
        }
        ZoneId viewer = sessions.myZone();
        List<PersonRef> trainers = list.isEmpty() ? List.of() : runs.courseTrainers(run.course());
        for (SessionSummary session : list) {
            section.add(SessionCards.card(this, session, viewer, getLocale(), s -> new Component[] {counts(s),
                    SessionMaterials.links(this, s.id(), materials.materials(s.id())), SessionActions.rollCall(this, s),
                    CalendarDownloads.session(this, agenda, s.id()),
                    SessionActions.edit(this, sessions, materials, s, trainers, this::render),
                    SessionActions.cancel(this, sessions, s, this::render)}));
        }
        return section;
    }

    /** How much on-site attendance completing the course takes for this run's members. */
    private Section requirementSection() {
        AttendanceRequirement current = runs.attendanceRequirement(id);
        IntegerField sessionsNeeded = new IntegerField(getTranslation("programme.requirement.sessions"));
        sessionsNeeded.setId("requirement-sessions");
        sessionsNeeded.setMin(1);
        sessionsNeeded.setMax(AttendanceRequirement.MAX_SESSIONS);
        sessionsNeeded.setStepButtonsVisible(true);
        sessionsNeeded.setValue(current.sessions());
        IntegerField percent = new IntegerField(getTranslation("programme.requirement.percent"));
        percent.setId("requirement-percent");
        percent.setMin(1);
        percent.setMax(100);
        percent.setSuffixComponent(new Span("%"));
        percent.setValue(current.percent());
        Checkbox excused = new Checkbox(getTranslation("programme.requirement.excused"), current.excusedCounts());
        excused.setId("requirement-excused");
        FieldErrors errors = new FieldErrors(this).field("sessions", sessionsNeeded).field("percent", percent);
        Button save = new Button(getTranslation("programme.requirement.save"), click -> {
            errors.clear();
            try {
                runs.requireAttendance(id, new AttendanceRequirement(sessionsNeeded.getValue(), percent.getValue(),
                        excused.getValue()));
                Notifications.success(getTranslation("programme.requirement.saved"));
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            } catch (UserFacingException refused) {
                Labels.refused(this, refused);
            }
        });
        save.setId("requirement-save");
        HorizontalLayout fields = new HorizontalLayout(sessionsNeeded, percent, excused, save);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        Section section = new Section(new H2(getTranslation("programme.requirement.title")),
                new Paragraph(getTranslation("programme.requirement.help")), fields);
        section.setId("run-requirement");
        return section;
    }

    private Paragraph counts(SessionSummary session) {
        List<Registration> all = registration.registrations(session.id());
        long seated = all.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).count();
        Paragraph counts = new Paragraph(getTranslation("programme.registration.counts",
                session.capacity() == null ? seated : getTranslation("programme.run.members-of", seated,
                        session.capacity()), all.size() - seated));
        counts.setId("registrations-" + session.id().value());
        return counts;
    }

    private void newSession(RunSummary run) {
        SessionForm form = new SessionForm(runs.courseTrainers(run.course()));
        Dialog dialog = new Dialog(form);
        dialog.setId("new-session-dialog");
        dialog.setHeaderTitle(getTranslation("programme.sessions.new"));
        Button save = form.saveButton(draft -> sessions.create(id, draft), draft -> {
            dialog.close();
            Notifications.success(getTranslation("programme.sessions.created", draft.title().strip()));
            render();
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private Section details(RunSummary run) {
        RunForm form = new RunForm(regions.list(), runs.courseTrainers(run.course()));
        form.show(run);
        Button save = form.saveButton(draft -> runs.update(id, draft, run.version()), draft -> {
            Notifications.success(getTranslation("programme.run.saved"));
            render();
        });
        Button close = new Button(getTranslation("programme.run.close"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("programme.run.close"),
                    getTranslation("programme.run.close-confirm", run.name()), getTranslation("programme.run.close"),
                    event -> {
                        if (Refusals.attempt(this, () -> runs.close(id))) {
                            Notifications.success(getTranslation("programme.run.closed-done"));
                            render();
                        }
                    }, getTranslation("action.cancel"), event -> { });
            confirm.setId("close-run-confirm");
            confirm.open();
        });
        close.setId("close-run");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        close.setEnabled(!run.closed());
        HorizontalLayout actions = new HorizontalLayout(save, close);
        actions.setWrap(true);
        return new Section(new H2(getTranslation("programme.run.details")), form, actions);
    }

    private Section enrolSection(RunSummary run) {
        ComboBox<PersonRef> person = new ComboBox<>(getTranslation("learning.enrol.person"));
        person.setItems(query -> query.getOffset() > 0 ? Stream.empty()
                : runs.findLearnersToEnrol(id, query.getFilter().orElse(""), query.getLimit()).stream());
        person.setItemLabelGenerator(p -> p.fullName() + " (" + p.username() + ")");
        person.setHelperText(getTranslation("learning.enrol.person-help", PersonDirectory.TRAINER_MIN_SEARCH));
        person.setId("run-enrol-person");
        Button one = new Button(getTranslation("programme.run.enrol-one"), click -> {
            PersonRef chosen = person.getValue();
            if (chosen == null) {
                Notifications.error(getTranslation("programme.run.choose-person"));
            } else if (Refusals.attempt(this, () -> runs.enrol(id, chosen.id()))) {
                Notifications.success(getTranslation("programme.run.enrolled-person", chosen.fullName()));
                render();
            }
        });
        one.setId("run-enrol-one");
        ComboBox<RegionView> region = new ComboBox<>(getTranslation("learning.filter.region"));
        region.setId("run-enrol-region");
        region.setItems(regions.list());
        region.setItemLabelGenerator(RegionView::name);
        region.setClearButtonVisible(true);
        ComboBox<MexicanState> state = new ComboBox<>(getTranslation("learning.filter.state"));
        state.setId("run-enrol-state");
        state.setItems(MexicanState.values());
        state.setItemLabelGenerator(s -> Labels.of(this, s.messageKey()));
        state.setClearButtonVisible(true);
        TextField municipality = new TextField(getTranslation("learning.filter.municipality"));
        municipality.setId("run-enrol-municipality");
        municipality.setClearButtonVisible(true);
        Button group = new Button(getTranslation("learning.enrol.group"), click -> confirmGroup(new PeopleFilter(
                region.getValue() == null ? null : region.getValue().id(), state.getValue(), municipality.getValue(),
                null)));
        group.setId("run-enrol-group");
        HorizontalLayout single = new HorizontalLayout(person, one);
        single.setAlignItems(FlexComponent.Alignment.BASELINE);
        single.setWrap(true);
        HorizontalLayout filters = new HorizontalLayout(region, state, municipality, group);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        Section section = new Section(new H2(getTranslation("programme.run.enrol")), single, filters);
        section.setVisible(!run.closed());
        return section;
    }

    /** Counts first, then asks; nothing changes until it is confirmed, and a group that does not fit is refused. */
    private void confirmGroup(PeopleFilter filter) {
        GroupEnrolment[] preview = new GroupEnrolment[1];
        if (!Refusals.attempt(this, () -> preview[0] = runs.previewMatching(id, filter))) {
            return;
        }
        if (preview[0].added() == 0) {
            Notifications.success(getTranslation("programme.run.group-nobody", preview[0].alreadyEnrolled()));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("learning.enrol.group-confirm-title"),
                getTranslation("programme.run.group-confirm", preview[0].added(), preview[0].alreadyEnrolled()),
                getTranslation("learning.enrol.group-confirm-action", preview[0].added()), event -> {
                    GroupEnrolment[] result = new GroupEnrolment[1];
                    if (Refusals.attempt(this, () -> result[0] = runs.enrolMatching(id, filter))) {
                        Notifications.success(getTranslation("programme.run.group-done", result[0].added(),
                                result[0].alreadyEnrolled()));
                        render();
                    }
                }, getTranslation("action.cancel"), event -> { });
        confirm.setId("run-enrol-group-confirm");
        confirm.open();
    }

    private Section membersSection(RunSummary run) {
        List<PersonFacts> members = runs.members(id);
        Section section = new Section(new H2(getTranslation("programme.run.members", members.size())));
        if (members.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("programme.run.members-empty"));
            empty.setId("run-members-empty");
            section.add(empty);
            return section;
        }
        Grid<PersonFacts> grid = new Grid<>();
        grid.setId("run-members");
        grid.addColumn(PersonFacts::fullName).setHeader(getTranslation("learning.learners.column.name"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.municipality() == null ? "" : p.municipality())
                .setHeader(getTranslation("learning.learners.column.municipality"));
        grid.addColumn(p -> p.state() == null ? "" : Labels.of(this, p.state().messageKey()))
                .setHeader(getTranslation("learning.learners.column.state"));
        grid.setItems(members);
        grid.setAllRowsVisible(true);
        List<RunSummary> others = runs.runs(run.course()).stream()
                .filter(r -> !r.id().equals(id) && !r.closed()).toList();
        ComboBox<RunSummary> target = new ComboBox<>(getTranslation("programme.run.move-to"));
        target.setId("run-move-target");
        target.setItems(others);
        target.setItemLabelGenerator(RunSummary::name);
        Button move = new Button(getTranslation("programme.run.move"), click -> {
            PersonFacts who = grid.asSingleSelect().getValue();
            RunSummary to = target.getValue();
            if (who == null || to == null) {
                Notifications.error(getTranslation("programme.run.choose-move"));
            } else if (Refusals.attempt(this, () -> runs.move(who.id(), to.id()))) {
                Notifications.success(getTranslation("programme.run.moved", who.fullName(), to.name()));
                render();
            }
        });
        move.setId("run-move");
        HorizontalLayout moving = new HorizontalLayout(target, move);
        moving.setAlignItems(FlexComponent.Alignment.BASELINE);
        moving.setWrap(true);
        section.add(grid);
        if (!others.isEmpty()) {
            section.add(moving);
        }
        return section;
    }
}
