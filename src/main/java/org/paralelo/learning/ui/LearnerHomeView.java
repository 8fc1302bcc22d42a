package org.paralelo.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.learning.CertificateService;
import org.paralelo.learning.MyCourse;
import org.paralelo.learning.OutlineItem;
import org.paralelo.learning.ProgressService;

/**
 * A learner's home: the courses under way with a progress bar and "Continue" to the next step, then completed
 * courses with their certificates, and a few courses open to them, so the first visit already leads somewhere.
 */
@Route("mis-cursos")
@PageTitle("Paralelo")
@Menu(order = 1, title = "menu.my-courses", icon = "vaadin:academy-cap")
@RolesAllowed("LEARNER")
public class LearnerHomeView extends Main {

    /** How many not-yet-enrolled courses the home suggests; the catalogue has them all. */
    private static final int SUGGESTIONS = 6;

    LearnerHomeView(ProgressService progress, CertificateService certificates, CatalogueService catalogue) {
        addClassName("page");
        add(new H1(getTranslation("menu.my-courses")));
        Paragraph intro = new Paragraph(getTranslation("learner.home.intro"));
        intro.setId("learner-home-intro");
        add(intro);
        List<MyCourse> mine = progress.myCourses();
        List<MyCourse> underway = mine.stream().filter(c -> c.progress().completedAt() == null).toList();
        List<MyCourse> completed = mine.stream().filter(c -> c.progress().completedAt() != null).toList();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("learning.home.none"));
            none.setId("learner-home-empty");
            add(none);
        }
        if (!underway.isEmpty()) {
            add(new H2(getTranslation("learning.home.underway")), cards(underway, certificates, "underway"));
        }
        if (!completed.isEmpty()) {
            add(new H2(getTranslation("learning.home.completed")), cards(completed, certificates, "completed"));
        }
        Set<CourseId> enrolled = mine.stream().map(c -> c.card().id()).collect(Collectors.toSet());
        List<CourseCard> others = catalogue.publishedCourses().stream().filter(c -> !enrolled.contains(c.id()))
                .limit(SUGGESTIONS).toList();
        if (!others.isEmpty()) {
            Div suggestions = new Div();
            suggestions.addClassName("course-cards");
            suggestions.setId("available-courses");
            others.forEach(course -> suggestions.add(new CourseTile(course)));
            add(new H2(getTranslation("learner.home.available")), suggestions);
        }
        Anchor browse = new Anchor("cursos", getTranslation("learning.home.browse"));
        browse.setId("browse-catalogue");
        browse.addClassName("button-link");
        add(browse);
    }

    private Div cards(List<MyCourse> courses, CertificateService certificates, String id) {
        Div cards = new Div();
        cards.addClassName("course-cards");
        cards.setId("my-courses-" + id);
        for (MyCourse course : courses) {
            Article card = new Article();
            card.addClassName("course-card");
            card.add(new H3(new Anchor(LearnerPaths.coursePage(course.card().id()), course.card().title())),
                    new ProgressLine(course.progress()));
            OutlineItem next = course.progress().next();
            if (next != null) {
                Anchor resume = new Anchor(LearnerPaths.item(course.card().id(), next.kind(), next.key()),
                        getTranslation("learning.continue"));
                resume.addClassName("button-link");
                resume.addClassName("primary");
                resume.getElement().setAttribute("aria-label",
                        getTranslation("learning.continue-with", next.title()));
                card.add(resume);
            }
            if (course.certificate() != null) {
                card.add(course.certificate().revoked()
                        ? new Paragraph(getTranslation("learning.certificate.revoked"))
                        : CertificateDownload.link(certificates, course.certificate(),
                        getTranslation("learning.certificate.download")));
            }
            cards.add(card);
        }
        return cards;
    }
}
