package org.paralelo.assessment.ui;

import static org.paralelo.assessment.ui.BodyEditors.creditField;
import static org.paralelo.assessment.ui.BodyEditors.field;
import static org.paralelo.assessment.ui.BodyEditors.hint;
import static org.paralelo.assessment.ui.BodyEditors.row;
import static org.paralelo.assessment.ui.BodyEditors.valueOr;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.base.ui.FieldErrors;

/** Numeric answers, each a value, a tolerance, a credit (100 % unless changed) and feedback. */
final class NumericEditor extends Div implements BodyEditor {

    private final Rows<Answer> rows;
    private final TextField incorrectFeedback = field(QuestionBody.MAX_FEEDBACK);

    NumericEditor(@Nullable Numeric existing) {
        rows = new Rows<>(getTranslation("question.numeric-answers"), getTranslation("question.add-answer"),
                "add-answer", Answer::new, false);
        incorrectFeedback.setLabel(getTranslation("question.incorrect-feedback"));
        incorrectFeedback.setWidthFull();
        if (existing == null) {
            rows.add(new Answer());
        } else {
            existing.answers().forEach(a -> rows.add(new Answer()).fill(a));
            incorrectFeedback.setValue(existing.incorrectFeedback());
        }
        add(rows, hint(getTranslation("question.numeric-help")), incorrectFeedback);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public QuestionBody body() {
        return new Numeric(rows.filled().stream().map(a -> new Numeric.Answer(a.value.getValue(),
                a.tolerance.getValue(), valueOr(a.credit, QuestionBody.FULL_CREDIT), a.feedback.getValue()))
                .toList(), incorrectFeedback.getValue());
    }

    @Override
    public void bind(FieldErrors errors) {
        errors.field("answers", rows.error()).field("incorrectFeedback", incorrectFeedback);
        List<Answer> sent = rows.sent();
        for (int i = 0; i < sent.size(); i++) {
            Answer answer = sent.get(i);
            errors.field("answers." + i + ".value", answer.value)
                    .field("answers." + i + ".tolerance", answer.tolerance)
                    .field("answers." + i + ".credit", answer.credit)
                    .field("answers." + i + ".feedback", answer.feedback);
        }
    }

    private static final class Answer implements Rows.Row {
        private final TextField value = field(QuestionBody.MAX_NUMBER_TEXT);
        private final TextField tolerance = field(QuestionBody.MAX_NUMBER_TEXT);
        private final BigDecimalField credit = creditField(QuestionBody.FULL_CREDIT);
        private final TextField feedback = field(QuestionBody.MAX_FEEDBACK);

        void fill(Numeric.Answer answer) {
            value.setValue(answer.value());
            tolerance.setValue(answer.tolerance());
            credit.setValue(answer.credit());
            feedback.setValue(answer.feedback());
        }

        @Override
        public Component layout() {
            return row(value, tolerance, credit, feedback);
        }

        @Override
        public void number(int number) {
            value.setLabel(value.getTranslation("question.numeric-value", number));
            value.setId("numeric-value-" + (number - 1));
            tolerance.setLabel(tolerance.getTranslation("question.tolerance", number));
            tolerance.setId("numeric-tolerance-" + (number - 1));
            credit.setLabel(credit.getTranslation("question.answer-credit", number));
            credit.setId("numeric-credit-" + (number - 1));
            feedback.setLabel(feedback.getTranslation("question.accepted-feedback", number));
            feedback.setId("numeric-feedback-" + (number - 1));
        }

        @Override
        public boolean blank() {
            return value.getValue().isBlank() && tolerance.getValue().isBlank() && feedback.getValue().isBlank();
        }
    }
}
