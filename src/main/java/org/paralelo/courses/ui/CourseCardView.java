package org.paralelo.courses.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.paralelo.courses.CourseCard;

/** A course as a card: title linking to the course page, summary, hours, lessons and language. */
class CourseCardView extends Article {

    CourseCardView(CourseCard course) {
        addClassName("course-card");
        Anchor title = new Anchor(CourseView.path(course.id()), course.title());
        H3 heading = new H3(title);
        Paragraph summary = new Paragraph(course.summary());
        Span facts = new Span(getTranslation("course.facts", course.estimatedHours(), course.lessonCount(),
                getTranslation("language-name." + course.language().getLanguage())));
        facts.addClassName("facts");
        add(heading, summary, facts);
        if (!course.published()) {
            Span draft = new Span(getTranslation("course.draft"));
            draft.getElement().getThemeList().add("badge contrast");
            add(draft);
        }
    }
}
