package org.paralelo.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for unknown addresses and for pages the person may not open (which must not reveal that they exist). */
@AnonymousAllowed
public class PageNotFoundView extends VerticalLayout
        implements TitledByHeading, HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return showNotFound(this);
    }

    /** Fills a page with the not-found message; also used when access was refused, so the two look alike. */
    static int showNotFound(VerticalLayout page) {
        page.removeAll();
        page.addClassName("message-page");
        page.add(new H1(page.getTranslation("error.not-found.title")),
                new Paragraph(page.getTranslation("error.not-found.text")),
                new Anchor("", page.getTranslation("error.go-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
