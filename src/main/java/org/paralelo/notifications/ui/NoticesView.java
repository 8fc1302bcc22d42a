package org.paralelo.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.LiveScreen;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.notifications.NoticeService;
import org.paralelo.notifications.NoticeView;

/**
 * My notices, newest first, unread ones marked; opening one marks it read and goes where it points. "Mark all
 * read" empties the bell. The list is fetched page by page as it scrolls.
 */
@Route(NoticesView.ROUTE)
@Menu(order = 7, title = "menu.notices", icon = "vaadin:bell")
@PermitAll
public class NoticesView extends Main implements LiveScreen, TitledByHeading {

    static final String ROUTE = "avisos";

    NoticesView(NoticeService notices) {
        addClassName("page");
        addClassName("notices");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ProgrammeZone.ZONE);
        Grid<NoticeView> grid = new Grid<>();
        grid.setId("notices-grid");
        grid.setAriaLabel(getTranslation("menu.notices"));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        // Lit templates escape every ${…}: names, titles and excerpts are shown as text.
        grid.addColumn(LitRenderer.<NoticeView>of("""
                        <div class="notice-card ${item.state}">
                          <span class="notice-headline">${item.headline}</span>
                          <span class="unread-badge" ?hidden="${!item.unread}">${item.newLabel}</span>
                          <div class="member-line">${item.excerpt}</div>
                          <div class="member-line hint">${item.when}</div>
                        </div>""")
                .withProperty("state", n -> n.unread() ? "notice-unread" : "notice-read")
                .withProperty("headline", n -> getTranslation(n.kind().headlineKey(), n.actorName(), n.subject()))
                .withProperty("unread", NoticeView::unread)
                .withProperty("newLabel", n -> getTranslation("notice.new"))
                .withProperty("excerpt", NoticeView::excerpt)
                .withProperty("when", n -> when.format(n.createdAt())))
                .setHeader(getTranslation("notice.column"));
        grid.setEmptyStateText(getTranslation("notice.none"));
        grid.setItems(query -> notices.mine(query.getOffset(), query.getLimit(), getLocale()).stream(),
                query -> notices.countMine());
        // Selecting a row (a click, or Space on the focused row) opens the notice.
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(notice -> {
            String[] link = new String[1];
            if (Refusals.attempt(this, () -> link[0] = notices.open(notice.id()))) {
                getUI().ifPresent(ui -> ui.navigate(link[0]));
            }
        }));
        grid.setWidthFull();

        Button allRead = new Button(getTranslation("notice.all-read"), click -> {
            if (Refusals.attempt(this, notices::markAllRead)) {
                grid.getDataProvider().refreshAll();
                Notifications.success(getTranslation("notice.all-read-done"));
            }
        });
        allRead.setId("notices-all-read");
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation("menu.notices")), allRead, grid);
    }
}
