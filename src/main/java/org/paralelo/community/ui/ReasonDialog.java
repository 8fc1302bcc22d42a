package org.paralelo.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.community.ModerationService;

/** Asks why before a report or a moderation action; the action runs only with a reason and a second click. */
final class ReasonDialog extends Dialog {

    /** A button that asks why, runs the action with the reason, then {@code after} (e.g. redraws the page). */
    static Button button(Component context, String key, String id, Consumer<String> action, Runnable after) {
        Button button = new Button(context.getTranslation(key), click -> new ReasonDialog(context.getTranslation(key),
                context.getTranslation(key), reason -> {
                    action.accept(reason);
                    after.run();
                }).open());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    ReasonDialog(String title, String confirmLabel, Consumer<String> action) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(getTranslation("community.moderation.reason"));
        reason.setId("reason");
        reason.setMaxLength(ModerationService.REASON_MAX);
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors(this).field("reason", reason);
        Button confirm = new Button(confirmLabel, click -> {
            if (SpaceForms.attempt(this, errors, () -> action.accept(reason.getValue()))) {
                close();
            }
        });
        confirm.setId("confirm-reason");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("community.cancel"), click -> close());
        cancel.setId("cancel-reason");
        add(reason);
        getFooter().add(cancel, confirm);
    }
}
