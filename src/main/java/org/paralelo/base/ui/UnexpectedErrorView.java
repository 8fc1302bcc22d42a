package org.paralelo.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.paralelo.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's internal-error page: a localised apology with an incident code that matches the log line,
 * never a stack trace.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout
        implements TitledByHeading, HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("message-page");
        add(new H1(getTranslation("error.unexpected.title")));
        if (parameter.getCaughtException() instanceof UserFacingException refusal) {
            add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())));
        } else {
            String incident = Incidents.newCode();
            log.error("Incident {} while opening {}", incident, event.getLocation().getPath(),
                    parameter.getCaughtException());
            add(new Paragraph(getTranslation("error.unexpected.text", incident)));
        }
        add(new Anchor("", getTranslation("error.go-home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
