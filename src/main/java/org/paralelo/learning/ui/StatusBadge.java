package org.paralelo.learning.ui;

import com.vaadin.flow.component.html.Span;
import org.paralelo.learning.ItemStatus;

/** An item's status as a small badge: text, not colour alone. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(ItemStatus status) {
        Span badge = new Span(badgeText(status));
        badge.addClassName("item-status");
        badge.getElement().setAttribute("data-status", status.name());
        badge.getElement().getThemeList().add(theme(status));
        return badge;
    }

    /** The badge's theme: Lumo's badge, coloured by status (the text says it too). */
    static String theme(ItemStatus status) {
        return switch (status) {
            case DONE -> "badge success";
            case IN_PROGRESS -> "badge";
            case NOT_STARTED -> "badge contrast";
        };
    }

    private static String badgeText(ItemStatus status) {
        return com.vaadin.flow.component.UI.getCurrent() == null ? status.name()
                : com.vaadin.flow.component.UI.getCurrent().getTranslation(status.messageKey());
    }
}
