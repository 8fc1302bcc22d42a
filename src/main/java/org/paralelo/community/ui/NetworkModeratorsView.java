package org.paralelo.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.ModerationService;
import org.paralelo.community.SpacePaths;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;

/**
 * Admins name network moderators (members who moderate the network-wide categories): who is one now, naming a member
 * found by name, removing one — each asking why, each recorded in the moderation log shown below with who and when.
 */
@Route(SpacePaths.ADMIN_MODERATORS)
@Menu(order = 35.6, title = "menu.network-moderators", icon = "vaadin:user-star")
@RolesAllowed("ADMIN")
public class NetworkModeratorsView extends Main implements TitledByHeading {

    private static final int FOUND_MAX = 20;
    private static final int LOG_SHOWN = 20;

    private final ModerationService moderation;
    private final Div current = new Div();
    private final Div found = new Div();
    private final Div history = new Div();
    private final TextField search = new TextField();

    NetworkModeratorsView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("page");
        addClassName("community");
        current.setId("moderators");
        found.setId("found-members");
        history.setId("moderator-log");
        search.setId("member-search");
        search.setLabel(getTranslation("community.moderators.search"));
        search.setPlaceholder(getTranslation("community.moderators.search-hint"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> showFound());
        add(new Anchor(SpacePaths.spaces(), getTranslation("community.back-to-spaces")),
                new H1(getTranslation("community.moderators.title")),
                new Paragraph(getTranslation("community.moderators.intro")), current,
                new H2(getTranslation("community.moderators.name-title")), search, found,
                new H2(getTranslation("community.moderation.log")), history);
        render();
    }

    private void render() {
        current.removeAll();
        List<PersonRef> moderators = moderation.networkModerators();
        if (moderators.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("community.moderators.none"));
            none.setId("moderators-empty");
            current.add(none);
        }
        for (PersonRef person : moderators) {
            current.add(row(person, ReasonDialog.button(this, "community.moderators.remove",
                    "remove-moderator-" + person.id().value(), reason -> {
                        moderation.removeNetworkModerator(person.id(), reason);
                        Notifications.success(getTranslation("community.moderators.removed", person.fullName()));
                    }, this::render)));
        }
        showFound();
        showLog();
    }

    private void showFound() {
        found.removeAll();
        String text = search.getValue().strip();
        if (text.isEmpty()) {
            return;
        }
        Set<PersonId> already = moderation.networkModerators().stream().map(PersonRef::id).collect(Collectors.toSet());
        List<PersonRef> people = moderation.findMembers(text, FOUND_MAX).stream()
                .filter(p -> !already.contains(p.id())).toList();
        if (people.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("community.moderators.nobody-found"));
            none.setId("found-none");
            found.add(none);
        }
        for (PersonRef person : people) {
            Button name = ReasonDialog.button(this, "community.moderators.name",
                    "name-moderator-" + person.id().value(), reason -> {
                        moderation.nameNetworkModerator(person.id(), reason);
                        Notifications.success(getTranslation("community.moderators.named", person.fullName()));
                    }, this::render);
            // Tertiary and primary together draw white text on no background: primary alone.
            name.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
            name.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            found.add(row(person, name));
        }
    }

    private void showLog() {
        history.removeAll();
        moderation.log(100).stream().filter(e -> e.action().endsWith("_MODERATOR")).limit(LOG_SHOWN)
                .forEach(entry -> history.add(SpaceLabels.logLine(this, getLocale(), entry)));
        if (history.getComponentCount() == 0) {
            history.add(new Paragraph(getTranslation("community.moderators.log-empty")));
        }
    }

    private Div row(PersonRef person, Button action) {
        Span name = new Span(person.fullName() + " (" + person.username() + ")");
        Div row = new Div(name, action);
        row.setId("person-" + person.id().value());
        row.addClassName("space-card");
        row.addClassName("post-actions");
        return row;
    }
}
