package org.paralelo.courses.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseCover;
import org.paralelo.courses.CourseState;

/** A course as a card: cover, title linking to the given page, summary, hours, lessons, language and state. */
class CourseCardView extends Article {

    CourseCardView(CourseCard course, String href) {
        addClassName("course-card");
        if (course.coverMediaId() != null) {
            add(CourseCover.image(course.coverMediaId()));
        }
        H3 heading = new H3(new Anchor(href, course.title()));
        Paragraph summary = new Paragraph(course.summary());
        summary.addClassName("course-summary");
        Span facts = new Span(getTranslation("course.facts", course.estimatedHours(), course.lessonCount(),
                getTranslation("language-name." + course.language().getLanguage())));
        facts.addClassName("facts");
        add(heading, summary, facts);
        if (course.state() != CourseState.PUBLISHED) {
            Span state = new Span(getTranslation("course.state." + course.state().name()));
            state.getElement().getThemeList().add("badge contrast");
            add(state);
        }
    }
}
