package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.people.PersonRef;
import org.paralelo.programme.AgreementDraft;
import org.paralelo.programme.AgreementView;
import org.paralelo.programme.OrganisationView;

/**
 * The fields of an agreement, for a new one and for editing one: its text, who answers for it — a person taking
 * part in the series or one of its organisations, choosing one clears the other — and its due date.
 */
final class AgreementFields {

    final TextArea text;
    final ComboBox<PersonRef> person;
    final ComboBox<OrganisationView> organisation;
    final DatePicker due;
    private final FieldErrors errors;

    AgreementFields(Component host, String idPrefix, List<PersonRef> people, List<OrganisationView> organisations) {
        text = new TextArea(host.getTranslation("programme.agreement.text"));
        text.setWidthFull();
        text.setId(idPrefix + "-text");
        person = new ComboBox<>(host.getTranslation("programme.agreement.person"));
        person.setItems(people);
        person.setItemLabelGenerator(PersonRef::fullName);
        person.setId(idPrefix + "-person");
        organisation = new ComboBox<>(host.getTranslation("programme.agreement.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationView::name);
        organisation.setId(idPrefix + "-organisation");
        person.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                organisation.clear();
            }
        });
        organisation.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                person.clear();
            }
        });
        due = new DatePicker(host.getTranslation("programme.agreement.due"));
        due.setId(idPrefix + "-due");
        errors = new FieldErrors(host).field("text", text).field("responsible", organisation).field("due", due);
    }

    /** Fills the fields from a saved agreement. */
    void show(AgreementView agreement) {
        text.setValue(agreement.text());
        person.getListDataView().getItems().filter(p -> p.id().equals(agreement.responsiblePerson())).findFirst()
                .ifPresent(person::setValue);
        organisation.getListDataView().getItems().filter(o -> Objects.equals(o.id(),
                agreement.responsibleOrganisation())).findFirst().ifPresent(organisation::setValue);
        due.setValue(agreement.due());
    }

    AgreementDraft draft() {
        errors.clear();
        return new AgreementDraft(text.getValue(), person.getValue() == null ? null : person.getValue().id(),
                organisation.getValue() == null ? null : organisation.getValue().id(), due.getValue());
    }

    void show(InvalidInputException refusal) {
        errors.show(refusal);
    }
}
