package org.paralelo.courses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;

/**
 * A learner's home. Enrolment and progress arrive with the learning issue; until then it lists the courses open
 * to them, so the first visit already leads somewhere.
 */
@Route("mis-cursos")
@PageTitle("Paralelo")
@Menu(order = 1, title = "menu.my-courses", icon = "vaadin:academy-cap")
@RolesAllowed("LEARNER")
public class LearnerHomeView extends Main {

    LearnerHomeView(CatalogueService catalogue) {
        addClassName("page");
        add(new H1(getTranslation("menu.my-courses")));
        Paragraph intro = new Paragraph(getTranslation("learner.home.intro"));
        intro.setId("learner-home-intro");
        add(intro, new H2(getTranslation("learner.home.available")));
        List<CourseCard> courses = catalogue.publishedCourses();
        if (courses.isEmpty()) {
            add(new Paragraph(getTranslation("learner.home.none")));
        } else {
            Div cards = new Div();
            cards.addClassName("course-cards");
            courses.forEach(course -> cards.add(new CourseCardView(course, CourseView.path(course.id()))));
            add(cards);
        }
    }
}
