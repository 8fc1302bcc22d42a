package org.paralelo.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.paralelo.people.SignInLinks;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.LanguagePreference;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.LanguageSwitcher;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegistrationService;
import org.paralelo.people.SettingsService;
import org.paralelo.people.security.SessionSignIn;
import org.springframework.security.core.AuthenticationException;

/** Self-registration for learners, open while admins allow it. */
@Route(value = "registro", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends Main implements TitledByHeading {

    private final SessionSignIn sessionSignIn;

    RegisterView(RegistrationService registration, SettingsService settings, RegionService regions,
                 LanguagePreference languages, SessionSignIn sessionSignIn) {
        this.sessionSignIn = sessionSignIn;
        addClassName("form-page");
        add(new LanguageSwitcher(languages), new H1(getTranslation("register.title")));
        if (!settings.isSelfRegistrationOpen()) {
            add(new Paragraph(getTranslation("error.registration-closed")),
                    SignInLinks.anchor(getTranslation("register.back-to-login")));
            return;
        }
        add(new Paragraph(getTranslation("register.intro")));

        TextField username = new TextField(getTranslation("register.username"));
        username.setId("username");
        username.setHelperText(getTranslation("register.username-help"));
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(60);
        PasswordField password = new PasswordField(getTranslation("register.password"));
        password.setId("password");
        password.setHelperText(getTranslation("register.password-help"));
        password.setRequiredIndicatorVisible(true);
        FormLayout account = new FormLayout(username, password);
        account.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        ProfileForm profile = new ProfileForm(regions);

        FieldErrors errors = new FieldErrors(this).field("username", username).field("password", password);
        profile.registerFields(errors);
        Button submit = new Button(getTranslation("register.submit"), click -> {
            try {
                registration.register(username.getValue(), password.getValue(), profile.value());
                signInOrSendToLogin(username.getValue(), password.getValue());
            } catch (InvalidInputException refused) {
                errors.show(refused);
                click.getSource().setEnabled(true);
            }
        });
        submit.setDisableOnClick(true);
        submit.setId("register");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(account, profile, submit, new Paragraph(SignInLinks.anchor(getTranslation("register.back-to-login"))));
    }

    /**
     * A new account signs in at once, as the person just typed their password; the page is loaded again so the
     * whole app (menu, header) comes up signed in. Should that fail (sign-ins throttled from this address), they
     * are sent to the sign-in form as before.
     */
    private void signInOrSendToLogin(String username, String password) {
        try {
            VaadinServletRequest request = VaadinServletRequest.getCurrent();
            VaadinServletResponse response = VaadinServletResponse.getCurrent();
            sessionSignIn.signIn(request.getHttpServletRequest(), response.getHttpServletResponse(), username,
                    password);
            getUI().ifPresent(ui -> ui.getPage().setLocation(request.getContextPath() + "/"));
        } catch (AuthenticationException notNow) {
            getUI().ifPresent(ui -> ui.getPage().setLocation(SignInLinks.PATH + "?done=register"));
        }
    }
}
