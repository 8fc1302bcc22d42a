package org.paralelo.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CourseId;

/**
 * "Preview as learner": the learner screens with {@code ?vista-previa} show the draft instead of the published
 * version, under a banner. The service decides who may preview.
 */
final class Preview {

    static final String PARAMETER = "vista-previa";

    private Preview() {
    }

    static boolean requested(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getParameters().containsKey(PARAMETER);
    }

    static String keep(String path, boolean preview) {
        return preview ? path + "?" + PARAMETER : path;
    }

    static Component banner(Component context, CourseId course) {
        Div banner = new Div(new Span(context.getTranslation("preview.banner")),
                new Anchor(AuthoringPaths.courseEditor(course), context.getTranslation("preview.back-to-editor")));
        banner.addClassName("preview-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }
}
