package org.paralelo.courses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;

/** A trainer's home: the courses they own. */
@Route("imparto")
@PageTitle("Paralelo")
@Menu(order = 2, title = "menu.teaching", icon = "vaadin:presentation")
@RolesAllowed("TRAINER")
public class TeachingView extends Main {

    TeachingView(CatalogueService catalogue) {
        addClassName("page");
        add(new H1(getTranslation("menu.teaching")));
        List<CourseCard> courses = catalogue.coursesITeach();
        if (courses.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("teaching.none"));
            none.setId("teaching-empty");
            add(none);
        } else {
            Div cards = new Div();
            cards.addClassName("course-cards");
            courses.forEach(course -> cards.add(new CourseCardView(course)));
            add(cards);
        }
    }
}
