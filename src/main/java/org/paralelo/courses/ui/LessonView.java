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
@Route("cursos/:courseId/lecciones/:itemKey")
@PageTitle("Paralelo")
@PermitAll
public class LessonView extends Main implements BeforeEnterObserver {

    private final CatalogueService catalogue;

    LessonView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("page");
    }

    static String path(CourseId course, String itemKey) {
        return CourseView.path(course) + "/lecciones/" + itemKey;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseId course = RouteIds.course(event);
        String key = RouteIds.key(event, "itemKey");
        boolean preview = Preview.requested(event);
        LessonPage lesson = (preview ? catalogue.previewLesson(course, key) : catalogue.lesson(course, key))
                .orElseThrow(NotFoundException::new);
        removeAll();
        if (preview) {
            add(Preview.banner(this, course));
        }
        Span breadcrumb = new Span(lesson.courseTitle() + " › " + lesson.moduleTitle());
        breadcrumb.addClassName("breadcrumb");
        Article body = new Article(new Html("<div>" + lesson.safeHtml() + "</div>"));
        body.addClassName("lesson-body");
        Nav pager = new Nav();
        pager.addClassName("pager");
        pager.setAriaLabel(getTranslation("lesson.pager"));
        if (lesson.previousItemKey() != null) {
            pager.add(new Anchor(Preview.keep(path(course, lesson.previousItemKey()), preview),
                    "← " + getTranslation("lesson.previous")));
        }
        pager.add(new Anchor(Preview.keep(CourseView.path(course), preview), getTranslation("lesson.syllabus")));
        if (lesson.nextItemKey() != null) {
            pager.add(new Anchor(Preview.keep(path(course, lesson.nextItemKey()), preview),
                    getTranslation("lesson.next") + " →"));
        }
        add(breadcrumb, new H1(lesson.title()), body, pager);
        VideoCards.activate(body);
    }
}
