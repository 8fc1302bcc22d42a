package org.paralelo.community.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Supplier;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;

/** Runs a form's submission: field problems go under their fields, other refusals become a notification. */
final class Submissions {

    private Submissions() {
    }

    /** The action's result, or empty when the service refused it (already shown to the person). */
    static <T> Optional<T> attempt(Component form, FieldErrors errors, Supplier<T> action) {
        try {
            T result = action.get();
            errors.clear();
            return Optional.of(result);
        } catch (InvalidInputException refused) {
            errors.show(refused);
        } catch (UserFacingException refused) {
            Notifications.error(form.getTranslation(refused.messageKey(), refused.arguments()));
        }
        return Optional.empty();
    }
}
