package org.paralelo.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.Profile;
import org.paralelo.people.ProfileService;
import org.paralelo.people.RegionService;

/** Everyone edits their own profile and password here. */
@Route("perfil")
@Menu(order = 90, title = "menu.profile", icon = "vaadin:user")
@PermitAll
public class ProfileView extends Main implements TitledByHeading {

    private Profile profile;

    ProfileView(ProfileService profiles, RegionService regions) {
        addClassName("page");
        profile = profiles.myProfile();
        ProfileForm form = new ProfileForm(regions);
        form.show(profile);
        FieldErrors errors = new FieldErrors(this);
        form.registerFields(errors);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                Locale before = profile.language();
                profile = profiles.updateMyProfile(form.value(), profile.version());
                errors.clear();
                Notifications.success(getTranslation("profile.saved"));
                if (!profile.language().equals(before)) {
                    // Show every text in the newly chosen language.
                    VaadinSession.getCurrent().setLocale(profile.language());
                    getUI().ifPresent(ui -> ui.getPage().reload());
                }
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        PasswordField current = new PasswordField(getTranslation("profile.current-password"));
        current.setId("current-password");
        PasswordField next = new PasswordField(getTranslation("profile.new-password"));
        next.setId("new-password");
        next.setHelperText(getTranslation("register.password-help"));
        FieldErrors passwordErrors = new FieldErrors(this).field("currentPassword", current).field("password", next);
        Button change = new Button(getTranslation("profile.change-password"), click -> {
            try {
                profiles.changeMyPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                passwordErrors.clear();
                Notifications.success(getTranslation("profile.password-changed"));
            } catch (InvalidInputException refused) {
                passwordErrors.show(refused);
            }
        });
        change.setId("change-password");

        add(new H1(getTranslation("menu.profile")),
                new Paragraph(getTranslation("profile.signed-in-as", profile.username())),
                form, save,
                new H2(getTranslation("profile.password-section")), new FormLayout(current, next), change);
    }
}
