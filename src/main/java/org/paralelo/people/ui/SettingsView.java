package org.paralelo.people.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.SettingsService;

/** Platform switches for admins. */
@Route("admin/ajustes")
@Menu(order = 30, title = "menu.settings", icon = "vaadin:cog")
@RolesAllowed("ADMIN")
public class SettingsView extends Main implements TitledByHeading {

    SettingsView(SettingsService settings) {
        addClassName("page");
        Checkbox selfRegistration = new Checkbox(getTranslation("settings.self-registration"));
        selfRegistration.setId("self-registration");
        selfRegistration.setValue(settings.isSelfRegistrationOpen());
        selfRegistration.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                settings.setSelfRegistrationOpen(change.getValue());
                Notifications.success(getTranslation("settings.saved"));
            }
        });
        add(new H1(getTranslation("menu.settings")), selfRegistration,
                new Paragraph(getTranslation("settings.self-registration-help")));
    }
}
