package org.paralelo.people.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Carries the language picked on the sign-in page (which runs without Vaadin) into the Vaadin pages that follow,
 * once: after that Vaadin's own switcher and the profile's language decide.
 */
@Component
class SignInLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            WrappedSession session = init.getUI().getSession().getSession();
            if (session != null && session.getAttribute(SignInPage.LANGUAGE) instanceof Locale chosen) {
                session.removeAttribute(SignInPage.LANGUAGE);
                init.getUI().getSession().setLocale(chosen);
                init.getUI().setLocale(chosen);
            }
        });
    }
}
