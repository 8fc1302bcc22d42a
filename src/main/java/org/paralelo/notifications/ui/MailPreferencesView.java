package org.paralelo.notifications.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.notifications.MailFrequency;
import org.paralelo.notifications.MailPreference;
import org.paralelo.notifications.MailPreferenceService;

/**
 * Everyone chooses here which optional kinds of mail they receive, and for the Network's kinds how often (at once,
 * in the daily digest, never); a change applies at once.
 */
@Route("correo/preferencias")
@Menu(order = 91, title = "menu.mail-preferences", icon = "vaadin:envelope")
@PermitAll
public class MailPreferencesView extends Main implements TitledByHeading {

    MailPreferencesView(MailPreferenceService preferences) {
        addClassName("page");
        add(new H1(getTranslation("mail.preferences.title")), new Paragraph(getTranslation("mail.preferences.intro")));
        if (!preferences.mailAvailable()) {
            Paragraph noMail = new Paragraph(getTranslation("mail.preferences.no-mail"));
            noMail.setId("no-mail");
            noMail.addClassName("hint");
            add(noMail);
        }
        Paragraph digestHint = new Paragraph(getTranslation("mail.preferences.digest-hint"));
        digestHint.addClassName("hint");
        for (MailPreference preference : preferences.mine()) {
            if (preference.kind().digestible()) {
                add(frequencyChoice(preferences, preference));
                continue;
            }
            Checkbox wanted = new Checkbox(getTranslation(preference.kind().labelKey()), preference.wanted());
            wanted.setId("kind-" + preference.kind().name());
            wanted.addValueChangeListener(change -> {
                if (change.isFromClient() && Refusals.attempt(this,
                        () -> preferences.setMine(preference.kind(), change.getValue()))) {
                    Notifications.success(getTranslation("mail.preferences.saved"));
                }
            });
            add(new Paragraph(wanted));
        }
        add(digestHint);
    }

    /** Immediately, in the daily digest or never: one radio group per kind, labelled by the kind. */
    private RadioButtonGroup<MailFrequency> frequencyChoice(MailPreferenceService preferences,
                                                             MailPreference preference) {
        RadioButtonGroup<MailFrequency> choice = new RadioButtonGroup<>(getTranslation(preference.kind().labelKey()));
        choice.setId("kind-" + preference.kind().name());
        choice.addClassName("mail-frequency");
        choice.setWidthFull();
        choice.setItems(preference.kind().choices());
        choice.setItemLabelGenerator(frequency -> getTranslation(frequency.labelKey()));
        choice.setValue(preference.frequency());
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                if (Refusals.attempt(this, () -> preferences.setMine(preference.kind(), change.getValue()))) {
                    Notifications.success(getTranslation("mail.preferences.saved"));
                } else {
                    choice.setValue(change.getOldValue());
                }
            }
        });
        return choice;
    }
}
