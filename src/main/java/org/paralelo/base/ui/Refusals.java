package org.paralelo.base.ui;

import com.vaadin.flow.component.Component;
import org.paralelo.base.UserFacingException;

/**
 * Runs a person's action and turns a service refusal into a localised notification right there, so the screen
 * stays as it was and nothing half-done is shown.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Returns whether the action went through. */
    public static boolean attempt(Component context, Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException refused) {
            Notifications.error(context.getTranslation(refused.messageKey(), refused.arguments()));
            return false;
        }
    }
}
