package org.paralelo.courses.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseState;

/** A course as a card: cover, title linking to the given page, summary, hours, lessons, language and state. */
class CourseCardView extends Article {

    CourseCardView(CourseCard course, String href) {
        addClassName("course-card");
        if (course.coverMediaId() != null) {
            Image cover = new Image(coverPath(course.coverMediaId()), "");
            cover.addClassName("course-cover");
            cover.getElement().setAttribute("loading", "lazy");
            add(cover);
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

    /** The cover's address; the name part is decoration, the media controller serves by id. */
    static String coverPath(long mediaId) {
        return "media/" + mediaId + "/portada";
    }
}
