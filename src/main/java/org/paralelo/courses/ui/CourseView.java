package org.paralelo.courses.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import org.paralelo.base.Languages;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishedCourse;

/** A course's syllabus as learners see it: the published version, or the draft in "preview as learner". */
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
        boolean preview = Preview.requested(event);
        PublishedCourse course = (preview ? catalogue.preview(id) : catalogue.published(id))
                .orElseThrow(NotFoundException::new);
        removeAll();
        if (preview) {
            add(Preview.banner(this, id));
        }
        add(new H1(course.title()), new Paragraph(course.summary()));
        Span facts = new Span(getTranslation("course.hours", course.estimatedHours()) + " · "
                + getTranslation("language-name." + Languages.fromTag(course.languageTag()).getLanguage()));
        facts.addClassName("facts");
        add(facts);
        for (PublishedCourse.Module module : course.modules()) {
            Section section = new Section(new H2(module.title()));
            section.addClassName("module");
            if (!module.objectives().isBlank()) {
                Div objectives = new Div(new Paragraph(module.objectives()));
                objectives.addClassName("objectives");
                section.add(objectives);
            }
            OrderedList items = new OrderedList();
            module.items().forEach(item -> {
                ListItem entry = new ListItem();
                if (item.kind() == ItemKind.LESSON) {
                    entry.add(new Anchor(Preview.keep(LessonView.path(id, item.key()), preview), item.title()));
                } else {
                    // The quiz player lives in the assessment module; a preview has no attempts to take.
                    entry.add(preview ? new Span(item.title() + " (" + getTranslation("course.quiz") + ")")
                            : new Anchor(LearnerPaths.quiz(id, item.key()),
                            item.title() + " (" + getTranslation("course.quiz") + ")"));
                }
                if (!item.required()) {
                    entry.add(new Span(" (" + getTranslation("course.optional") + ")"));
                }
                items.add(entry);
            });
            section.add(items);
            add(section);
        }
    }
}
