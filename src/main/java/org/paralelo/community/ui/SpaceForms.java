package org.paralelo.community.ui;

import com.vaadin.flow.component.Component;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Refusals;

/** Runs a form's action: field problems appear under their fields, other refusals as a notification. */
final class SpaceForms {

    private SpaceForms() {
    }

    static boolean attempt(Component context, FieldErrors errors, Runnable action) {
        errors.clear();
        boolean[] done = new boolean[1];
        boolean[] invalid = new boolean[1];
        Refusals.attempt(context, () -> {
            try {
                action.run();
                done[0] = true;
            } catch (InvalidInputException refused) {
                invalid[0] = true;
                errors.show(refused);
            }
        });
        return done[0] && !invalid[0];
    }
}
