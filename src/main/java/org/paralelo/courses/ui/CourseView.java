package org.paralelo.courses.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseOutline;

/** A course's syllabus: modules with objectives and their lessons. */
@Route("cursos/:courseId")
@PageTitle("Paralelo")
@PermitAll
public class CourseView extends Main implements BeforeEnterObserver {

    private final CatalogueService catalogue;

    CourseView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("page");
    }

    static String path(CourseId id) {
        return "cursos/" + id.value();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseId id = RouteIds.course(event);
        CourseOutline course = catalogue.outline(id).orElseThrow(NotFoundException::new);
        removeAll();
        add(new H1(course.title()), new Paragraph(course.summary()));
        Span facts = new Span(getTranslation("course.hours", course.estimatedHours()) + " · "
                + getTranslation("language-name." + course.language().getLanguage()));
        facts.addClassName("facts");
        add(facts);
        for (CourseOutline.ModuleOutline module : course.modules()) {
            Section section = new Section(new H2(module.title()));
            section.addClassName("module");
            if (!module.objectives().isBlank()) {
                section.add(new Paragraph(module.objectives()));
            }
            OrderedList lessons = new OrderedList();
            module.lessons().forEach(lesson -> {
                Anchor link = new Anchor(LessonView.path(id, lesson.id()), lesson.title());
                ListItem item = new ListItem(link);
                if (!lesson.required()) {
                    item.add(new Span(" (" + getTranslation("course.optional") + ")"));
                }
                lessons.add(item);
            });
            section.add(lessons);
            add(section);
        }
    }
}
