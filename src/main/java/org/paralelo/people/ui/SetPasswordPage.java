package org.paralelo.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.paralelo.people.SignInLinks;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.LanguagePreference;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.LanguageSwitcher;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.LinkState;

/**
 * A one-time link's page: a new password twice, or why the link no longer works. Shared by the forgotten
 * password and account activation screens, which differ in texts and in the service they call.
 */
abstract class SetPasswordPage extends Main implements TitledByHeading, BeforeEnterObserver {

    /** Message key prefix, e.g. {@code password-reset} or {@code activation}. */
    private final String texts;
    private final LanguagePreference languages;

    SetPasswordPage(String texts, LanguagePreference languages) {
        this.texts = texts;
        this.languages = languages;
        addClassName("form-page");
    }

    abstract LinkState state(String token);

    abstract void apply(String token, String password);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new LanguageSwitcher(languages), new H1(getTranslation(texts + ".new-title")));
        LinkState state = state(token);
        if (state != LinkState.VALID) {
            showUnusable(state);
            return;
        }
        add(new Paragraph(getTranslation(texts + ".new-intro")));
        PasswordField password = new PasswordField(getTranslation("password-reset.new-password"));
        password.setId("password");
        password.setHelperText(getTranslation("register.password-help"));
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("password-reset.repeat-password"));
        repeat.setId("repeat");
        repeat.setRequiredIndicatorVisible(true);
        repeat.setWidthFull();
        FieldErrors errors = new FieldErrors(this).field("password", password).field("repeat", repeat);
        Button save = new Button(getTranslation(texts + ".save"), click -> {
            errors.clear();
            if (!password.getValue().equals(repeat.getValue())) {
                errors.show(InvalidInputException.of("repeat", "password-reset.mismatch"));
                return;
            }
            try {
                apply(token, password.getValue());
                // The sign-in page is not a Vaadin view: it shows the "done" notice itself.
                getUI().ifPresent(ui -> ui.getPage().setLocation(SignInLinks.PATH + "?done=" + texts));
            } catch (InvalidInputException refused) {
                errors.show(refused);
            } catch (UserFacingException unusable) {
                removeAll();
                add(new LanguageSwitcher(languages), new H1(getTranslation(texts + ".new-title")));
                showUnusable(state(token));
            }
        });
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password, repeat, save);
    }

    private void showUnusable(LinkState state) {
        Paragraph why = new Paragraph(getTranslation("account-link." + state.name().toLowerCase()));
        why.setId("link-problem");
        add(why, new Paragraph(new Anchor(ForgotPasswordView.ROUTE, getTranslation("password-reset.ask-again"))),
                new Paragraph(SignInLinks.anchor(getTranslation("register.back-to-login"))));
    }
}
