package org.paralelo.people.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.paralelo.base.LanguagePreference;
import org.paralelo.people.ActivationService;
import org.paralelo.people.LinkState;

/** Where an activation link leads: the person chooses their first password. */
@Route(value = "activar/:token", autoLayout = false)
@AnonymousAllowed
public class ActivateAccountView extends SetPasswordPage {

    private final ActivationService activations;

    ActivateAccountView(ActivationService activations, LanguagePreference languages) {
        super("activation", languages);
        this.activations = activations;
    }

    @Override
    LinkState state(String token) {
        return activations.linkState(token);
    }

    @Override
    void apply(String token, String password) {
        activations.activate(token, password);
    }
}
