package org.paralelo.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/** Shown for unknown addresses and for pages the person may not open (which must not reveal that they exist). */
@AnonymousAllowed
public class PageNotFoundView extends VerticalLayout
        implements TitledByHeading, HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return showNotFound(this);
    }

    /**
     * Fills a page with the not-found message; also used when access was refused, so the two look alike. Error
     * pages are shown outside the app's frame, so the person's own menu is listed here: nobody is left without a way
     * on.
     */
    static int showNotFound(VerticalLayout page) {
        page.removeAll();
        page.addClassName("message-page");
        page.add(new H1(page.getTranslation("error.not-found.title")),
                new Paragraph(page.getTranslation("error.not-found.text")),
                new Anchor("", page.getTranslation("error.go-home")));
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        if (!entries.isEmpty()) {
            UnorderedList links = new UnorderedList();
            entries.forEach(entry -> links.add(new ListItem(new Anchor(entry.path(),
                    page.getTranslation(entry.title())))));
            Nav menu = new Nav(new H2(page.getTranslation("error.menu")), links);
            menu.setId("error-menu");
            menu.getElement().setAttribute("aria-label", page.getTranslation("layout.navigation"));
            page.add(menu);
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
