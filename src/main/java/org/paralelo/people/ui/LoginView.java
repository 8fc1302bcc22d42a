package org.paralelo.people.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.paralelo.base.LanguagePreference;
import org.paralelo.base.ui.LanguageSwitcher;
import org.paralelo.base.ui.StaticAssets;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.SettingsService;
import org.paralelo.people.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** Sign-in with username or e-mail. Failures say only that the details are wrong, never which part. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication, SettingsService settings, LanguagePreference languages) {
        this.authentication = authentication;
        addClassName("login-page");
        LanguageSwitcher switcher = new LanguageSwitcher(languages);
        Image logo = new Image(StaticAssets.url("icons/logo.svg"), "");
        logo.addClassName("login-logo");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(translatedTexts());
        login.getElement().setAttribute("autocomplete", "on");
        Anchor forgot = new Anchor(ForgotPasswordView.ROUTE, getTranslation("login.forgot-link"));
        forgot.setId("forgot-link");
        add(switcher, logo, login, new Paragraph(forgot));
        if (settings.isSelfRegistrationOpen()) {
            Anchor register = new Anchor("registro", getTranslation("login.register-link"));
            register.setId("register-link");
            add(new Paragraph(register));
        }
    }

    /** The sign-in form draws its heading itself, so the title names it explicitly. */
    @Override
    public String getPageTitle() {
        return TitledByHeading.title(getTranslation("login.title"));
    }

    private LoginI18n translatedTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            if (lastFailure() instanceof LoginThrottledException throttled) {
                LoginI18n i18n = translatedTexts();
                i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
                i18n.getErrorMessage().setMessage(waitText(throttled.retryAfterSeconds()));
                login.setI18n(i18n);
            }
            login.setError(true);
        }
    }

    private String waitText(long seconds) {
        return seconds < 90 ? getTranslation("login.throttled.seconds", seconds)
                : getTranslation("login.throttled.minutes", (seconds + 59) / 60);
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
