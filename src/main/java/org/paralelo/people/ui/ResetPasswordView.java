package org.paralelo.people.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.paralelo.base.LanguagePreference;
import org.paralelo.people.LinkState;
import org.paralelo.people.PasswordResetService;

/** Where a password-reset mail leads: choose a new password with the one-hour link. */
@Route(value = "contrasena/nueva/:token", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends SetPasswordPage {

    private final PasswordResetService resets;

    ResetPasswordView(PasswordResetService resets, LanguagePreference languages) {
        super("password-reset", languages);
        this.resets = resets;
    }

    @Override
    LinkState state(String token) {
        return resets.linkState(token);
    }

    @Override
    void apply(String token, String password) {
        resets.resetPassword(token, password);
    }
}
