package org.paralelo.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.people.AccountService;
import org.paralelo.people.NewAccount;
import org.paralelo.people.RegionService;
import org.paralelo.people.Role;

/** An admin creates an account: username, initial password, roles and profile. */
class NewPersonDialog extends Dialog {

    NewPersonDialog(AccountService accounts, RegionService regions, Runnable onCreated) {
        setHeaderTitle(getTranslation("people.new"));
        setId("new-person-dialog");
        setWidth("min(720px, 100vw)");
        TextField username = new TextField(getTranslation("register.username"));
        username.setId("new-username");
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("register.username-help"));
        PasswordField password = new PasswordField(getTranslation("people.initial-password"));
        password.setId("new-password");
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("register.password-help"));
        RoleChoice roles = new RoleChoice();
        roles.setValue(Set.of(Role.LEARNER));
        FormLayout account = new FormLayout(username, password, roles);
        account.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        ProfileForm profile = new ProfileForm(regions);
        add(account, profile);

        FieldErrors errors = new FieldErrors(this).field("username", username).field("password", password)
                .field("roles", roles);
        profile.registerFields(errors);
        Button save = new Button(getTranslation("action.create"), click -> {
            try {
                accounts.create(new NewAccount(username.getValue(), password.getValue(), roles.getValue(),
                        profile.value()));
                Notifications.success(getTranslation("people.created", username.getValue()));
                close();
                onCreated.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
                click.getSource().setEnabled(true);
            }
        });
        save.setId("create-person");
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
