package org.paralelo.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.LiveScreen;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.ConversationSummary;
import org.paralelo.community.MessageService;
import org.paralelo.community.NetworkPaths;
import org.paralelo.people.PersonRef;

/**
 * My conversations, most recent first, each with its unread count; new conversations start from a member's page.
 * Below, the people I blocked, each with a button to unblock.
 */
@Route(NetworkPaths.MESSAGES)
@Menu(order = 6, title = "menu.messages", icon = "vaadin:comments")
@PermitAll
public class MessagesView extends Main implements LiveScreen, TitledByHeading {

    private final MessageService messages;
    private final Div blocked = new Div();

    MessagesView(MessageService messages) {
        this.messages = messages;
        addClassName("page");
        addClassName("messages");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ProgrammeZone.ZONE);
        Grid<ConversationSummary> grid = new Grid<>();
        grid.setId("conversations-grid");
        grid.setAriaLabel(getTranslation("network.messages.list"));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        // Lit templates escape every ${…}: names and message texts are shown as text.
        grid.addColumn(LitRenderer.<ConversationSummary>of("""
                        <div class="conversation-card">
                          <a class="member-name" href="${item.href}">${item.name}</a>
                          <span class="unread-badge" ?hidden="${!item.unread}"
                                aria-label="${item.unreadLabel}">${item.unread}</span>
                          <div class="member-line">${item.excerpt}</div>
                          <div class="member-line hint">${item.when}</div>
                        </div>""")
                .withProperty("href", c -> NetworkPaths.conversation(c.id()))
                .withProperty("name", c -> c.other().name())
                .withProperty("unread", c -> c.unread())
                .withProperty("unreadLabel", c -> getTranslation("network.messages.unread", c.unread()))
                .withProperty("excerpt", c -> c.lastFromMe()
                        ? getTranslation("network.messages.you-wrote", c.lastExcerpt()) : c.lastExcerpt())
                .withProperty("when", c -> when.format(c.lastMessageAt())))
                .setHeader(getTranslation("network.messages.conversation"));
        grid.setEmptyStateText(getTranslation("network.messages.none"));
        grid.setItems(query -> messages.myConversations(query.getOffset(), query.getLimit()).stream(),
                query -> messages.countMyConversations());
        grid.setWidthFull();

        blocked.setId("blocked-people");
        Anchor directory = new Anchor(NetworkPaths.DIRECTORY, getTranslation("network.messages.find-members"));
        directory.setId("messages-directory");
        add(new H1(getTranslation("menu.messages")), new Paragraph(getTranslation("network.messages.intro")),
                new Paragraph(directory), grid, new H2(getTranslation("network.messages.blocked")), blocked);
        showBlocked();
    }

    private void showBlocked() {
        blocked.removeAll();
        List<PersonRef> people = messages.myBlocks();
        if (people.isEmpty()) {
            blocked.add(new Paragraph(getTranslation("network.messages.blocked-none")));
        }
        for (PersonRef person : people) {
            Button unblock = new Button(getTranslation("network.messages.unblock"), click -> {
                if (Refusals.attempt(this, () -> messages.unblock(person.id()))) {
                    Notifications.success(getTranslation("network.messages.unblocked", person.fullName()));
                    showBlocked();
                }
            });
            unblock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            unblock.setId("unblock-" + person.id().value());
            unblock.setAriaLabel(getTranslation("network.messages.unblock-named", person.fullName()));
            Div row = new Div(new Span(person.fullName()), unblock);
            row.addClassName("blocked-row");
            blocked.add(row);
        }
    }
}
