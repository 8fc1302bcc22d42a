package org.paralelo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * "Preview as learner": every learner screen (course page, lessons, quizzes) opened with {@code ?vista-previa} shows
 * the draft instead of the published version, under a banner that leads back to the editor, and keeps the parameter
 * on its links. The services decide who may preview; nothing done in a preview is recorded.
 */
public final class LearnerPreview {

    public static final String PARAMETER = "vista-previa";

    private LearnerPreview() {
    }

    public static boolean requested(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getParameters().containsKey(PARAMETER);
    }

    /** The path, still in preview when the current screen is. */
    public static String keep(String path, boolean preview) {
        return preview ? path + "?" + PARAMETER : path;
    }

    public static Component banner(Component context, String editorPath) {
        Div banner = new Div(new Span(context.getTranslation("preview.banner")),
                new Anchor(editorPath, context.getTranslation("preview.back-to-editor")));
        banner.addClassName("preview-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }
}
