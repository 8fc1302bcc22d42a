package org.paralelo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paralelo.base.FieldProblem;
import org.paralelo.base.InvalidInputException;

/**
 * Maps a service's refusal onto the form that sent it: each problem appears under its field, in the person's
 * language; problems without a matching field become a notification.
 */
public final class FieldErrors {

    private final Component form;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component form) {
        this.form = form;
    }

    public FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException refusal) {
        clear();
        for (FieldProblem problem : refusal.problems()) {
            String text = form.getTranslation(problem.messageKey(), problem.arguments());
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                Notifications.error(text);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        }
    }
}
