package org.paralelo.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.paralelo.people.SignInLinks;
import org.paralelo.base.LanguagePreference;
import org.paralelo.base.ui.LanguageSwitcher;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.notifications.MailKind;
import org.paralelo.notifications.MailPreferenceService;
import org.paralelo.notifications.UnsubscribeLinks;

/**
 * The unsubscribe link of a mail: opening it switches that kind of mail off at once, without signing in, and
 * offers to undo a click made by mistake.
 */
@Route(value = UnsubscribeLinks.ROUTE + "/:token", autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final MailPreferenceService preferences;
    private final LanguagePreference languages;

    UnsubscribeView(MailPreferenceService preferences, LanguagePreference languages) {
        this.preferences = preferences;
        this.languages = languages;
        addClassName("form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new LanguageSwitcher(languages), new H1(getTranslation("mail.unsubscribed.title")));
        Optional<MailKind> kind = preferences.unsubscribe(token);
        Paragraph outcome = new Paragraph();
        outcome.setId("outcome");
        add(outcome);
        if (kind.isEmpty()) {
            outcome.setText(getTranslation("mail.unsubscribed.invalid"));
            add(new Paragraph(SignInLinks.anchor(getTranslation("register.back-to-login"))));
            return;
        }
        String label = getTranslation(kind.get().labelKey());
        outcome.setText(getTranslation("mail.unsubscribed.done", label));
        Button undo = new Button(getTranslation("mail.unsubscribed.undo"));
        undo.setId("undo");
        undo.addClickListener(click -> preferences.resubscribe(token).ifPresent(again -> {
            outcome.setText(getTranslation("mail.unsubscribed.undone", label));
            undo.setVisible(false);
        }));
        add(undo);
    }
}
