package org.paralelo.courses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.TopicService;

/** A trainer's home: the courses they own or co-teach, and the way to start a new one. Admins see all courses. */
@Route("imparto")
@Menu(order = 2, title = "menu.teaching", icon = "vaadin:presentation")
@RolesAllowed({"TRAINER", "ADMIN"})
public class TeachingView extends Main implements TitledByHeading {

    TeachingView(CatalogueService catalogue, CourseAuthoringService authoring, TopicService topics) {
        addClassName("page");
        Button create = new Button(getTranslation("authoring.new-course"), VaadinIcon.PLUS.create(),
                click -> new NewCourseDialog(authoring, topics.list(), id -> getUI().ifPresent(
                        ui -> ui.navigate(CourseEditorView.path(id)))).open());
        create.setId("new-course");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The interchange module's page, linked by its path (courses does not depend on interchange).
        Anchor packages = new Anchor("paquetes", getTranslation("teaching.packages"));
        packages.setId("teaching-packages");
        Div actions = new Div(create, packages);
        actions.addClassName("page-actions");
        add(new H1(getTranslation("menu.teaching")), actions);
        List<CourseCard> courses = catalogue.coursesITeach();
        if (courses.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("teaching.none"));
            none.setId("teaching-empty");
            add(none);
        } else {
            // The count heads the cards, so headings go h1, h2, h3.
            H2 count = new H2(getTranslation("teaching.count", courses.size()));
            count.addClassName("results-count");
            Div cards = new Div();
            cards.addClassName("course-cards");
            courses.forEach(course -> cards.add(new CourseCardView(course, CourseEditorView.path(course.id()))));
            add(count, cards);
        }
    }
}
