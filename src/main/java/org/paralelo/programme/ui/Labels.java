package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.Notifications;

/** Texts whose message key is computed (an enum's label, a service's refusal), in the person's language. */
final class Labels {

    private Labels() {
    }

    static String of(Component on, String messageKey, Object... arguments) {
        return on.getTranslation(messageKey, arguments);
    }

    static void refused(Component on, UserFacingException refusal) {
        Notifications.error(on.getTranslation(refusal.messageKey(), refusal.arguments()));
    }
}
