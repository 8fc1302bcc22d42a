package org.paralelo.people.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import org.paralelo.people.Role;

/** The three roles as checkboxes; one person may hold several. */
class RoleChoice extends CheckboxGroup<Role> {

    RoleChoice() {
        setLabel(getTranslation("people.roles"));
        setId("roles");
        setItems(Role.values());
        setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        setRequiredIndicatorVisible(true);
    }
}
