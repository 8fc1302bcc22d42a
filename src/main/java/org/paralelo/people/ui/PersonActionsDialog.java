package org.paralelo.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonSummary;
import org.paralelo.people.RegionService;
import org.paralelo.people.Role;

/** What an admin can do to one account: change roles, reset the password, disable or enable it. */
class PersonActionsDialog extends Dialog {

    PersonActionsDialog(AccountService accounts, RegionService regionService, PersonSummary person,
                        Runnable onChanged) {
        setHeaderTitle(person.fullName() + " (" + person.username() + ")");
        setId("person-actions-dialog");
        setWidth("min(560px, 100vw)");

        RoleChoice roles = new RoleChoice();
        roles.setValue(person.roles());
        CoordinatorRegions regions = new CoordinatorRegions(regionService.list(),
                accounts.coordinatorScope(person.id()));
        regions.setVisible(person.roles().contains(Role.COORDINATOR));
        roles.addValueChangeListener(change -> regions.setVisible(change.getValue().contains(Role.COORDINATOR)));
        FieldErrors roleErrors = new FieldErrors(this).field("roles", roles).field("regions", regions.regions());
        Button saveRoles = new Button(getTranslation("people.save-roles"), click -> {
            try {
                accounts.setRoles(person.id(), roles.getValue(), regions.scope(), person.version());
                done("people.roles-saved", onChanged);
            } catch (InvalidInputException refused) {
                roleErrors.show(refused);
            }
        });
        saveRoles.setId("save-roles");

        PasswordField newPassword = new PasswordField(getTranslation("people.new-password"));
        newPassword.setId("reset-password");
        newPassword.setHelperText(getTranslation("register.password-help"));
        FieldErrors passwordErrors = new FieldErrors(this).field("password", newPassword);
        Button reset = new Button(getTranslation("people.reset-password"), click -> {
            try {
                accounts.resetPassword(person.id(), newPassword.getValue());
                done("people.password-reset", onChanged);
            } catch (InvalidInputException refused) {
                passwordErrors.show(refused);
            }
        });
        reset.setId("reset-password-button");

        Button toggle = new Button(getTranslation(person.enabled() ? "people.disable" : "people.enable"),
                click -> confirmToggle(accounts, person, onChanged));
        toggle.setId("toggle-enabled");
        if (person.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }

        add(new VerticalLayout(roles, regions, saveRoles, new H3(getTranslation("people.password")),
                new Paragraph(getTranslation("people.reset-password-hint")), newPassword, reset,
                new H3(getTranslation("people.access")), toggle));
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    private void confirmToggle(AccountService accounts, PersonSummary person, Runnable onChanged) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(person.enabled() ? "people.disable" : "people.enable"));
        confirm.setText(getTranslation(person.enabled() ? "people.disable-confirm" : "people.enable-confirm",
                person.fullName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(person.enabled() ? "people.disable" : "people.enable"));
        confirm.addConfirmListener(event -> {
            accounts.setEnabled(person.id(), !person.enabled(), person.version());
            done(person.enabled() ? "people.disabled" : "people.enabled", onChanged);
        });
        confirm.open();
    }

    private void done(String messageKey, Runnable onChanged) {
        Notifications.success(getTranslation(messageKey));
        close();
        onChanged.run();
    }
}
