package org.paralelo.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseCover;
import org.paralelo.courses.LearnerPaths;

/** A course as a card in the catalogue and on the learner's home: lazy cover, title link, summary and facts. */
class CourseTile extends Article {

    CourseTile(CourseCard course) {
        addClassName("course-card");
        if (course.coverMediaId() != null) {
            add(CourseCover.image(course.coverMediaId()));
        }
        H3 heading = new H3(new Anchor(LearnerPaths.coursePage(course.id()), course.title()));
        Paragraph summary = new Paragraph(course.summary());
        summary.addClassName("course-summary");
        Span facts = new Span(getTranslation("course.facts", course.estimatedHours(), course.lessonCount(),
                getTranslation("language-name." + course.language().getLanguage())));
        facts.addClassName("facts");
        add(heading, summary, facts);
    }
}
