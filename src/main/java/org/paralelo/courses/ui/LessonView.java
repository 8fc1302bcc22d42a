package org.paralelo.courses.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LessonPage;

/** Reads one lesson, with previous/next links. The HTML was sanitised by the service. */
@Route("cursos/:courseId/lecciones/:lessonId")
@PageTitle("Paralelo")
@PermitAll
public class LessonView extends Main implements BeforeEnterObserver {

    private final CatalogueService catalogue;

    LessonView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("page");
    }

    static String path(CourseId course, long lessonId) {
        return CourseView.path(course) + "/lecciones/" + lessonId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseId course = RouteIds.course(event);
        LessonPage lesson = catalogue.lesson(course, RouteIds.number(event, "lessonId"))
                .orElseThrow(NotFoundException::new);
        removeAll();
        Span breadcrumb = new Span(lesson.courseTitle() + " › " + lesson.moduleTitle());
        breadcrumb.addClassName("breadcrumb");
        Article body = new Article(new Html("<div>" + lesson.safeHtml() + "</div>"));
        body.addClassName("lesson-body");
        Nav pager = new Nav();
        pager.addClassName("pager");
        pager.setAriaLabel(getTranslation("lesson.pager"));
        if (lesson.previousLessonId() != null) {
            pager.add(new Anchor(path(course, lesson.previousLessonId()), "← " + getTranslation("lesson.previous")));
        }
        pager.add(new Anchor(CourseView.path(course), getTranslation("lesson.syllabus")));
        if (lesson.nextLessonId() != null) {
            pager.add(new Anchor(path(course, lesson.nextLessonId()), getTranslation("lesson.next") + " →"));
        }
        add(breadcrumb, new H1(lesson.title()), body, pager);
    }
}
