package org.paralelo.assessment.ui;

import static org.paralelo.assessment.ui.BodyEditors.field;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.TrueFalse;
import org.paralelo.base.ui.FieldErrors;

final class TrueFalseEditor extends Div implements BodyEditor {

    private final RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>();
    private final TextField feedbackTrue = field(QuestionBody.MAX_FEEDBACK);
    private final TextField feedbackFalse = field(QuestionBody.MAX_FEEDBACK);

    TrueFalseEditor(@Nullable TrueFalse existing) {
        answer.setLabel(getTranslation("question.true-false-answer"));
        answer.setId("true-false-answer");
        answer.setItems(true, false);
        answer.setItemLabelGenerator(v -> getTranslation(v ? "question.true" : "question.false"));
        answer.setValue(existing == null || existing.answer());
        feedbackTrue.setLabel(getTranslation("question.feedback-true"));
        feedbackTrue.setWidthFull();
        feedbackFalse.setLabel(getTranslation("question.feedback-false"));
        feedbackFalse.setWidthFull();
        if (existing != null) {
            feedbackTrue.setValue(existing.feedbackTrue());
            feedbackFalse.setValue(existing.feedbackFalse());
        }
        add(answer, feedbackTrue, feedbackFalse);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public QuestionBody body() {
        return new TrueFalse(Boolean.TRUE.equals(answer.getValue()), feedbackTrue.getValue(),
                feedbackFalse.getValue());
    }

    @Override
    public void bind(FieldErrors errors) {
        errors.field("feedbackTrue", feedbackTrue).field("feedbackFalse", feedbackFalse);
    }
}
