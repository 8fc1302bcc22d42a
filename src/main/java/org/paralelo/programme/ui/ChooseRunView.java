package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.programme.AgendaService;
import org.paralelo.programme.Registration;
import org.paralelo.programme.RegistrationStatus;
import org.paralelo.programme.RunAttendanceService;
import org.paralelo.programme.RunService;
import org.paralelo.programme.RunSummary;
import org.paralelo.programme.SessionMaterialService;
import org.paralelo.programme.SessionRegistrationService;
import org.paralelo.programme.SessionService;
import org.paralelo.programme.SessionSummary;

/**
 * A learner chooses the run of a course they join: their run (with their own attendance so far and its on-site
 * sessions, in their own time zone) if they have one, else the runs open now.
 */
@Route("cursos/:courseId/ediciones/elegir")
@PermitAll
public class ChooseRunView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final RunService runs;
    private final SessionService sessions;
    private final SessionRegistrationService registration;
    private final CatalogueService catalogue;
    private final CourseAccess courses;
    private final RunAttendanceService attendance;
    private final SessionMaterialService materials;
    private final AgendaService agenda;
    private CourseId course = new CourseId(0);
    private String title = "";

    ChooseRunView(RunService runs, SessionService sessions, SessionRegistrationService registration,
                  CatalogueService catalogue, CourseAccess courses, RunAttendanceService attendance,
                  SessionMaterialService materials, AgendaService agenda) {
        this.agenda = agenda;
        this.materials = materials;
        this.attendance = attendance;
        this.registration = registration;
        this.runs = runs;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.courses = courses;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        course = RouteIds.course(event);
        if (!courses.canView(course)) {
            throw new NotFoundException();
        }
        title = catalogue.published(course).orElseThrow(NotFoundException::new).title();
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("programme.join.title", title)));
        Optional<RunSummary> mine = runs.myRun(course);
        if (mine.isPresent()) {
            Paragraph in = new Paragraph(getTranslation("programme.join.mine", mine.get().name()));
            in.setId("my-run");
            add(in, card(mine.get(), false), CalendarDownloads.run(this, agenda, mine.get().id()));
            ZoneId viewer = sessions.myZone();
            add(MyAttendanceSection.of(this, attendance.mine(mine.get().id()), viewer, getLocale()));
            sessions.sessions(mine.get().id()).forEach(session -> add(SessionCards.card(this, session, viewer,
                    getLocale(), s -> CalendarDownloads.after(this, agenda, s, registrationControls(s)))));
        } else {
            List<RunSummary> open = runs.openRuns(course);
            if (open.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("programme.join.none-open"));
                none.setId("no-open-runs");
                add(none);
            }
            open.forEach(run -> add(card(run, true)));
        }
        Anchor toCourse = new Anchor(LearnerPaths.coursePage(course), getTranslation("programme.join.to-course"));
        toCourse.setId("to-course");
        add(toCourse);
    }

    /** One tap to register or cancel, and where the person stands (a seat, or their place on the wait list). */
    private Component[] registrationControls(SessionSummary session) {
        Optional<Registration> mine = registration.mine(session.id());
        Paragraph standing = new Paragraph(mine.map(r -> r.waitPosition() == null
                ? Labels.of(this, r.status().messageKey())
                : getTranslation("programme.registration.mine-waiting", r.waitPosition())).orElse(""));
        standing.setId("standing-" + session.id().value());
        Button action;
        if (mine.isEmpty()) {
            action = new Button(getTranslation("programme.registration.register"), click -> {
                RegistrationStatus[] got = new RegistrationStatus[1];
                if (Refusals.attempt(this, () -> got[0] = registration.register(session.id()))) {
                    Notifications.success(getTranslation(got[0] == RegistrationStatus.REGISTERED
                            ? "programme.registration.registered" : "programme.registration.waiting",
                            session.title()));
                }
                render();
            });
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            action = new Button(getTranslation("programme.registration.cancel"), click -> {
                if (Refusals.attempt(this, () -> registration.cancelMine(session.id()))) {
                    Notifications.success(getTranslation("programme.registration.cancelled"));
                }
                render();
            });
        }
        action.setId("register-" + session.id().value());
        return new Component[] {standing, action,
                SessionMaterials.links(this, session.id(), materials.materials(session.id()))};
    }

    private Div card(RunSummary run, boolean joinable) {
        Div card = new Div(new H2(run.name()),
                new Paragraph(Labels.of(this, run.mode().messageKey()) + " · " + RunLabels.dates(getLocale(), run)),
                new Paragraph(RunLabels.regions(run)),
                new Paragraph(run.seatsLeft() == null ? getTranslation("programme.join.no-limit")
                        : getTranslation("programme.join.seats-left", run.seatsLeft())));
        card.addClassName("run-card");
        card.setId("run-" + run.id().value());
        if (joinable) {
            Button join = new Button(getTranslation("programme.join.action"), click -> {
                if (Refusals.attempt(this, () -> runs.join(run.id()))) {
                    Notifications.success(getTranslation("programme.join.done", run.name()));
                }
                render();
            });
            join.setId("join-" + run.id().value());
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.setEnabled(run.seatsLeft() == null || run.seatsLeft() > 0);
            card.add(join);
        }
        return card;
    }
}
