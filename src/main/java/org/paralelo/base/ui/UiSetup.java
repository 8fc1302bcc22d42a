package org.paralelo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.paralelo.base.LanguagePreference;
import org.paralelo.base.Languages;
import org.paralelo.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Per-session set-up: errors thrown by click handlers become localised notifications, and a signed-in person's
 * saved language is applied once per session; per UI, the connection indicator gets a name.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);
    private static final String LANGUAGE_APPLIED = "paralelo.language-applied";

    private final LanguagePreference languagePreference;

    UiSetup(LanguagePreference languagePreference) {
        this.languagePreference = languagePreference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = rootUserFacingCause(error.getThrowable());
            VaadinSession session = VaadinSession.getCurrent();
            Locale locale = session == null ? Languages.SPANISH : session.getLocale();
            UI ui = UI.getCurrent();
            String text;
            if (cause instanceof UserFacingException refusal) {
                text = ui == null ? refusal.messageKey() : ui.getTranslation(locale, refusal.messageKey(),
                        refusal.arguments());
            } else {
                String incident = Incidents.newCode();
                log.error("Incident {} in a UI event", incident, error.getThrowable());
                text = ui == null ? incident : ui.getTranslation(locale, "error.unexpected.text", incident);
            }
            if (ui != null) {
                Notifications.error(text);
            }
        }));
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            if (session.getAttribute(LANGUAGE_APPLIED) == null) {
                languagePreference.currentUserLanguage().ifPresent(locale -> {
                    session.setAttribute(LANGUAGE_APPLIED, Boolean.TRUE);
                    session.setLocale(locale);
                    init.getUI().setLocale(locale);
                });
            }
            nameTheConnectionIndicator(init.getUI());
        });
    }

    /**
     * Vaadin puts its connection indicator straight into the body, outside every landmark; as a named region it is
     * one itself, so screen-reader users can find it and nothing on the page sits outside a landmark (axe "region").
     */
    private static void nameTheConnectionIndicator(UI ui) {
        ui.getPage().executeJs("""
                customElements.whenDefined('vaadin-connection-indicator').then(() => {
                  const indicator = document.querySelector('vaadin-connection-indicator');
                  if (indicator) {
                    indicator.setAttribute('role', 'region');
                    indicator.setAttribute('aria-label', $0);
                  }
                });""", ui.getTranslation("layout.connection"));
    }

    private static Throwable rootUserFacingCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException) {
                return t;
            }
        }
        return thrown;
    }
}
