package org.paralelo.community.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.FileUploads;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.AvatarService;
import org.paralelo.community.CreativeCity;
import org.paralelo.community.NetworkPaths;
import org.paralelo.community.NetworkProfile;
import org.paralelo.community.NetworkProfileDraft;
import org.paralelo.community.NetworkProfileService;

/**
 * A person's own network profile: whether other members see them at all (off until they switch it on), and what
 * the Network adds to their account's profile. Name, place, position and creative fields are edited on "Mi
 * perfil" and shown here read-only, so they live in one place.
 */
@Route(NetworkPaths.MY_PROFILE)
@PermitAll
public class NetworkProfileView extends Main implements TitledByHeading {

    private final NetworkProfileService service;
    private final Checkbox published = new Checkbox();
    private final TextField organisation = new TextField();
    private final ComboBox<CreativeCity> city = new ComboBox<>();
    private final TextArea bio = new TextArea();
    private final TextArea canShare = new TextArea();
    private final TextArea lookingFor = new TextArea();
    private final Paragraph account = new Paragraph();
    private final Anchor publicPage = new Anchor();
    private final AvatarService avatars;
    private final Div avatarBox = new Div();
    private NetworkProfile profile;

    NetworkProfileView(NetworkProfileService service, AvatarService avatars) {
        this.service = service;
        this.avatars = avatars;
        addClassName("page");
        addClassName("network-profile");
        profile = service.mine();

        published.setLabel(getTranslation("network.profile.published"));
        published.setId("network-published");
        Paragraph publishedHelp = new Paragraph(getTranslation("network.profile.published-help"));
        publishedHelp.addClassName("hint");
        organisation.setLabel(getTranslation("network.profile.organisation"));
        organisation.setId("network-organisation");
        organisation.setMaxLength(200);
        city.setLabel(getTranslation("network.profile.creative-city"));
        city.setId("network-creative-city");
        city.setItems(service.creativeCities());
        city.setItemLabelGenerator(c -> MemberTexts.city(this, c));
        city.setClearButtonVisible(true);
        city.setHelperText(getTranslation("network.profile.creative-city-help"));
        text(bio, "network-bio", "network.profile.bio");
        text(canShare, "network-can-share", "network.profile.can-share");
        text(lookingFor, "network-looking-for", "network.profile.looking-for");

        FormLayout form = new FormLayout(organisation, city, bio, canShare, lookingFor);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(bio, 2);
        FieldErrors errors = new FieldErrors(this).field("organisation", organisation).field("creativeCity", city)
                .field("bio", bio).field("canShare", canShare).field("lookingFor", lookingFor);
        Button save = new Button(getTranslation("action.save"), click -> save(errors));
        save.setId("save-network-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        account.setId("network-account-facts");
        Anchor editAccount = new Anchor("perfil", getTranslation("network.profile.edit-account"));
        editAccount.setId("edit-account-profile");
        publicPage.setId("network-public-page");
        publicPage.setText(getTranslation("network.profile.see-public-page"));

        add(new H1(getTranslation("network.profile.title")), new Paragraph(getTranslation("network.profile.intro")),
                published, publishedHelp,
                new H2(getTranslation("network.profile.from-account")), account, new Paragraph(editAccount),
                new H2(getTranslation("network.profile.avatar")), avatarBox,
                new H2(getTranslation("network.profile.about")), form, save, new Paragraph(publicPage));
        avatarBox.setId("network-avatar");
        avatarBox.addClassName("avatar-editor");
        show(profile);
        showAvatar();
    }

    /** The avatar with its upload (replacing any earlier one) and, when there is one, a remove button. */
    private void showAvatar() {
        avatarBox.removeAll();
        Optional<String> current = avatars.mine();
        Avatar shown = MemberAvatar.of(profile.facts().fullName(), current.orElse(null));
        shown.setId("network-avatar-image");
        shown.addClassName("member-avatar-large");
        var upload = FileUploads.button(getTranslation(current.isPresent() ? "network.profile.avatar-replace"
                : "network.profile.avatar-upload"), FileUploads.IMAGES, this::receiveAvatar);
        upload.setId("network-avatar-upload");
        Paragraph help = new Paragraph(getTranslation("network.profile.avatar-help"));
        help.addClassName("hint");
        avatarBox.add(shown, upload);
        if (current.isPresent()) {
            Button remove = new Button(getTranslation("network.profile.avatar-remove"), click -> {
                avatars.removeMine();
                Notifications.success(getTranslation("network.profile.avatar-removed"));
                showAvatar();
            });
            remove.setId("network-avatar-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            avatarBox.add(remove);
        }
        // Last and on a line of its own: the picture and its buttons stay together on one row.
        avatarBox.add(help);
    }

    void receiveAvatar(InputStream content, String name) {
        avatars.replaceMine(content, name);
        keepFormSaveable();
        Notifications.success(getTranslation("network.profile.avatar-saved"));
        showAvatar();
    }

    /**
     * A first avatar creates the profile row; the form (not yet saved) then needs that row's version. The fields
     * typed so far stay as they are.
     */
    private void keepFormSaveable() {
        if (profile.version() < 0) {
            profile = service.mine();
        }
    }

    private void text(TextArea area, String id, String labelKey) {
        area.setLabel(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(1000);
        area.setMinRows(2);
    }

    private void show(NetworkProfile shown) {
        published.setValue(shown.published());
        organisation.setValue(Objects.toString(shown.organisation(), ""));
        city.setValue(shown.creativeCity());
        bio.setValue(Objects.toString(shown.bio(), ""));
        canShare.setValue(Objects.toString(shown.canShare(), ""));
        lookingFor.setValue(Objects.toString(shown.lookingFor(), ""));
        account.setText(String.join(" · ", nonBlank(shown.facts().fullName(), MemberTexts.position(this, shown.facts()),
                MemberTexts.place(this, shown.facts()), MemberTexts.fields(this, shown.facts()))));
        publicPage.setHref(NetworkPaths.member(shown.facts().id()));
        publicPage.setVisible(shown.published());
    }

    private void save(FieldErrors errors) {
        NetworkProfileDraft draft = new NetworkProfileDraft(published.getValue(), organisation.getValue(),
                code(city.getValue()), bio.getValue(), canShare.getValue(), lookingFor.getValue());
        Submissions.attempt(this, errors, () -> service.saveMine(draft, profile.version())).ifPresent(saved -> {
            profile = saved;
            show(profile);
            Notifications.success(getTranslation(profile.published()
                    ? "network.profile.saved-public" : "network.profile.saved-hidden"));
        });
    }

    private static @Nullable String code(@Nullable CreativeCity chosen) {
        return chosen == null ? null : chosen.code();
    }

    private static String[] nonBlank(String... parts) {
        return Arrays.stream(parts).filter(p -> !p.isBlank()).toArray(String[]::new);
    }
}
