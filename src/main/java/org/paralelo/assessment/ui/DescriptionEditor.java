package org.paralelo.assessment.ui;

import static org.paralelo.assessment.ui.BodyEditors.hint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.base.ui.FieldErrors;

/** A description is all text: the form only says so. */
final class DescriptionEditor extends Div implements BodyEditor {

    DescriptionEditor() {
        add(hint(getTranslation("question.description-note")));
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public QuestionBody body() {
        return new QuestionBody.Description();
    }

    @Override
    public void bind(FieldErrors errors) {
    }
}
