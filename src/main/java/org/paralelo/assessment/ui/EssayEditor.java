package org.paralelo.assessment.ui;

import static org.paralelo.assessment.ui.BodyEditors.hint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.base.ui.FieldErrors;

final class EssayEditor extends Div implements BodyEditor {

    private final TextArea graderInfo = new TextArea();

    EssayEditor(@Nullable Essay existing) {
        Paragraph note = hint(getTranslation("question.essay-note"));
        graderInfo.setLabel(getTranslation("question.grader-info"));
        graderInfo.setId("grader-info");
        graderInfo.setWidthFull();
        graderInfo.setMaxLength(QuestionBody.MAX_GRADER_INFO);
        if (existing != null) {
            graderInfo.setValue(existing.graderInfo());
        }
        add(note, graderInfo);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public QuestionBody body() {
        return new Essay(graderInfo.getValue());
    }

    @Override
    public void bind(FieldErrors errors) {
        errors.field("graderInfo", graderInfo);
    }
}
