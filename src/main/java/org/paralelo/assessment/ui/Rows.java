package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list of similar rows of fields (options, accepted answers, pairs, items) with a button to add one and, on
 * each row, buttons to remove it and, where order matters, to move it up or down. Rows left completely blank are
 * not sent, and {@link #sent()} remembers which rows were, so a refusal for {@code options.2.text} marks the
 * right field.
 */
final class Rows<R extends Rows.Row> extends Div {

    /** One row: its fields, relabelled with the row's number whenever the list changes. */
    interface Row {
        Component layout();

        void number(int number);

        boolean blank();
    }

    private final boolean movable;
    private final List<R> rows = new ArrayList<>();
    private final Div list = new Div();
    private final ErrorLine error = new ErrorLine();
    private List<R> sent = List.of();

    Rows(String legend, String addLabel, String addId, Supplier<R> factory, boolean movable) {
        this.movable = movable;
        addClassName("question-rows");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", legend);
        Span title = new Span(legend);
        title.addClassName("rows-legend");
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> add(factory.get()));
        add.setId(addId);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(title, list, error, add);
    }

    R add(R row) {
        rows.add(row);
        render();
        return row;
    }

    /** The rows that are not blank, in order; also remembered as {@link #sent()}. */
    List<R> filled() {
        sent = rows.stream().filter(r -> !r.blank()).toList();
        return sent;
    }

    List<R> sent() {
        return sent;
    }

    ErrorLine error() {
        return error;
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            int index = i;
            row.number(i + 1);
            Div actions = new Div();
            actions.addClassName("row-actions");
            String subject = " " + (i + 1);
            if (movable) {
                actions.add(iconButton(VaadinIcon.ARROW_UP, getTranslation("authoring.move-up") + subject,
                        index > 0, () -> swap(index, index - 1)));
                actions.add(iconButton(VaadinIcon.ARROW_DOWN, getTranslation("authoring.move-down") + subject,
                        index < rows.size() - 1, () -> swap(index, index + 1)));
            }
            actions.add(iconButton(VaadinIcon.TRASH, getTranslation("question.remove-row") + subject, true, () -> {
                rows.remove(index);
                render();
            }));
            Div line = new Div(row.layout(), actions);
            line.addClassName("question-row");
            list.add(line);
        }
    }

    private void swap(int from, int to) {
        R moved = rows.remove(from);
        rows.add(to, moved);
        render();
    }

    private static Button iconButton(VaadinIcon icon, String label, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setEnabled(enabled);
        return button;
    }
}
