package org.paralelo.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of toast Paralelo shows: a short confirmation and an error that stays longer. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
    }
}
