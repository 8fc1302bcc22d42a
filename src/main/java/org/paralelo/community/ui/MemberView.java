package org.paralelo.community.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.AvatarService;
import org.paralelo.community.MessageService;
import org.paralelo.community.NetworkPaths;
import org.paralelo.community.NetworkProfile;
import org.paralelo.community.NetworkProfileService;
import org.paralelo.community.ResourceService;
import org.paralelo.community.ResourceView;
import org.paralelo.people.PersonId;

/**
 * A member's page. A person who has not published their profile (or does not exist) gets the same "not found"
 * answer, so trying addresses reveals nothing. All texts are set as text, never as markup.
 */
@Route(NetworkPaths.DIRECTORY + "/:personId")
@PermitAll
public class MemberView extends Main implements BeforeEnterObserver, TitledByHeading {

    private final NetworkProfileService profiles;
    private final AvatarService avatars;
    private final MessageService messages;
    private final ResourceService resources;

    MemberView(NetworkProfileService profiles, MessageService messages, ResourceService resources,
               AvatarService avatars) {
        this.avatars = avatars;
        this.profiles = profiles;
        this.messages = messages;
        this.resources = resources;
        addClassName("page");
        addClassName("member-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        // Directory links carry the person's id; @mentions in posts carry their username.
        String key = event.getRouteParameters().get("personId").orElse("");
        Optional<NetworkProfile> found = key.matches("\\d{1,18}") ? profiles.member(new PersonId(Long.parseLong(key)))
                : key.isBlank() ? Optional.empty() : profiles.member(key);
        found.ifPresentOrElse(this::show, () -> {
            Paragraph missing = new Paragraph(getTranslation("network.member.not-found"));
            missing.setId("member-not-found");
            add(new H1(getTranslation("network.member.not-found-title")), missing,
                    new Anchor(NetworkPaths.DIRECTORY, getTranslation("network.member.back")));
        });
    }

    private void show(NetworkProfile profile) {
        H1 name = new H1(profile.facts().fullName());
        name.setId("member-name");
        Avatar avatar = MemberAvatar.of(profile.facts().fullName(),
                avatars.of(Set.of(profile.facts().id())).get(profile.facts().id()));
        avatar.setId("member-avatar");
        avatar.addClassName("member-avatar-large");
        Div heading = new Div(avatar, name);
        heading.addClassName("member-heading");
        add(heading);
        line("member-position", MemberTexts.position(this, profile.facts()));
        line("member-place", MemberTexts.place(this, profile.facts()));
        line("member-region", profile.facts().regionName());
        line("member-organisation", profile.organisation());
        line("member-fields", MemberTexts.fields(this, profile.facts()));
        if (profile.creativeCity() != null) {
            line("member-city", getTranslation("network.member.creative-city",
                    MemberTexts.city(this, profile.creativeCity())));
        }
        section("member-bio", "network.profile.bio", profile.bio());
        section("member-can-share", "network.profile.can-share", profile.canShare());
        section("member-looking-for", "network.profile.looking-for", profile.lookingFor());
        if (messages.canWriteTo(profile.facts().id())) {
            Button write = new Button(getTranslation("network.member.write"), new Icon(VaadinIcon.ENVELOPE_O),
                    click -> new WriteDialog(messages, profile.facts()).open());
            write.setId("write-to-member");
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(write);
        }
        sharedResources(profile);
        add(new Paragraph(new Anchor(NetworkPaths.DIRECTORY, getTranslation("network.member.back"))));
    }

    /** The member's published resources, as light cards. */
    private void sharedResources(NetworkProfile profile) {
        java.util.List<ResourceView> shared = resources.publishedBy(profile.facts().id());
        if (!shared.isEmpty()) {
            Div cards = new Div();
            cards.setId("member-resources");
            cards.addClassName("resource-cards");
            shared.forEach(r -> cards.add(ResourcesView.card(this, r)));
            add(new H2(getTranslation("resource.member.title")), cards);
        }
    }

    private void line(String id, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            Paragraph paragraph = new Paragraph(text);
            paragraph.setId(id);
            add(paragraph);
        }
    }

    private void section(String id, String headingKey, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            Div body = new Div();
            body.setText(text);
            body.setId(id);
            body.addClassName("user-text");
            add(new H2(getTranslation(headingKey)), body);
        }
    }
}
