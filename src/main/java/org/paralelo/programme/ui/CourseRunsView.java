package org.paralelo.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.people.RegionService;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunService;
import org.paralelo.programme.RunSummary;

/**
 * A course's runs for its trainers: the owner and admins see and create every run, a co-trainer sees the runs
 * they teach. A row opens the run's page.
 */
@Route("cursos/:courseId/ediciones")
@RolesAllowed({"TRAINER", "ADMIN"})
public class CourseRunsView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final RunService runs;
    private final CatalogueService catalogue;
    private final CourseAccess courses;
    private final RegionService regions;
    private final Grid<RunSummary> grid = new Grid<>();

    CourseRunsView(RunService runs, CatalogueService catalogue, CourseAccess courses, RegionService regions) {
        this.runs = runs;
        this.catalogue = catalogue;
        this.courses = courses;
        this.regions = regions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseId course = RouteIds.course(event);
        if (!courses.canEdit(course)) {
            throw new NotFoundException();
        }
        String title = catalogue.preview(course).orElseThrow(NotFoundException::new).title();
        removeAll();
        Anchor back = new Anchor(AuthoringPaths.courseEditor(course), "← " + getTranslation("programme.runs.back"));
        add(back, new H1(getTranslation("programme.runs.title", title)),
                new Paragraph(getTranslation("programme.runs.intro")));
        if (runs.canPlan(course)) {
            Button create = new Button(getTranslation("programme.runs.new"), click -> newRun(course));
            create.setId("new-run");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        grid.removeAllColumns();
        grid.setId("runs");
        grid.addComponentColumn(r -> new Anchor(ProgrammePaths.run(r.id()), r.name()))
                .setHeader(getTranslation("programme.run.column.name")).setAutoWidth(true);
        grid.addColumn(r -> RunLabels.dates(getLocale(), r))
                .setHeader(getTranslation("programme.run.column.dates"));
        grid.addColumn(RunLabels::regions).setHeader(getTranslation("programme.run.column.regions"));
        grid.addColumn(r -> Labels.of(this, r.mode().messageKey()))
                .setHeader(getTranslation("programme.run.column.mode"));
        grid.addColumn(r -> RunLabels.members(this, r))
                .setHeader(getTranslation("programme.run.column.members"));
        grid.addColumn(r -> RunLabels.state(this, r)).setHeader(getTranslation("programme.run.column.state"));
        grid.setAllRowsVisible(true);
        List<RunSummary> list = runs.runs(course);
        grid.setItems(list);
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("programme.runs.empty"));
            empty.setId("runs-empty");
            add(empty);
        } else {
            add(grid);
        }
    }

    private void newRun(CourseId course) {
        RunForm form = new RunForm(regions.list(), runs.courseTrainers(course));
        Dialog dialog = new Dialog(form);
        dialog.setId("new-run-dialog");
        dialog.setHeaderTitle(getTranslation("programme.runs.new"));
        RunId[] created = new RunId[1];
        Button save = form.saveButton(draft -> created[0] = runs.create(course, draft), draft -> {
            dialog.close();
            Notifications.success(getTranslation("programme.runs.created", draft.name().strip()));
            getUI().ifPresent(ui -> ui.navigate(ProgrammePaths.run(created[0])));
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
