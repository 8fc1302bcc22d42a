package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.people.MexicanState;
import org.paralelo.programme.OrganisationDraft;
import org.paralelo.programme.OrganisationId;
import org.paralelo.programme.OrganisationKind;
import org.paralelo.programme.OrganisationService;

/** A new organisation: name, kind, municipality and state, contact person with e-mail and phone. */
final class OrganisationDialog {

    private OrganisationDialog() {
    }

    static void open(Component on, OrganisationService organisations, Consumer<OrganisationId> created) {
        TextField name = field(on, "name", "organisation-name");
        Select<OrganisationKind> kind = new Select<>();
        kind.setLabel(on.getTranslation("programme.organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(on, k.messageKey()));
        kind.setValue(OrganisationKind.NEIGHBOURHOOD_COUNCIL);
        kind.setId("organisation-kind");
        TextField municipality = field(on, "municipality", "organisation-municipality");
        ComboBox<MexicanState> state = new ComboBox<>(on.getTranslation("programme.session.state"));
        state.setItems(MexicanState.values());
        state.setItemLabelGenerator(s -> Labels.of(on, s.messageKey()));
        state.setId("organisation-state");
        TextField contact = field(on, "contact", "organisation-contact");
        TextField email = field(on, "email", "organisation-email");
        TextField phone = field(on, "phone", "organisation-phone");
        FormLayout form = new FormLayout(name, kind, municipality, state, contact, email, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        FieldErrors errors = new FieldErrors(form).field("name", name).field("kind", kind)
                .field("municipality", municipality).field("state", state).field("contactName", contact)
                .field("contactEmail", email).field("contactPhone", phone);
        Dialog dialog = new Dialog(form);
        dialog.setId("new-organisation-dialog");
        dialog.setHeaderTitle(on.getTranslation("programme.organisation.new"));
        Button save = new Button(on.getTranslation("action.save"), click -> {
            errors.clear();
            try {
                OrganisationId id = organisations.create(new OrganisationDraft(name.getValue(), kind.getValue(),
                        municipality.getValue(), state.getValue(), contact.getValue(), email.getValue(),
                        phone.getValue()));
                dialog.close();
                created.accept(id);
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            } catch (UserFacingException refusal) {
                Labels.refused(on, refusal);
            }
        });
        save.setId("save-organisation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(on.getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private static TextField field(Component on, String key, String id) {
        TextField field = new TextField(on.getTranslation("programme.organisation." + key));
        field.setId(id);
        return field;
    }
}
