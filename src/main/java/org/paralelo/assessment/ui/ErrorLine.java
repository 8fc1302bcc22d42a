package org.paralelo.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * A message line for problems that concern a whole list (no correct option, too few pairs), shown under the list
 * and announced to screen readers, so {@code FieldErrors} can place them like any field's error.
 */
class ErrorLine extends Span implements HasValidation {

    private boolean invalid;

    ErrorLine() {
        addClassName("list-error");
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
