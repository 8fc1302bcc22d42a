package org.paralelo.assessment.ui;

import static org.paralelo.assessment.ui.BodyEditors.creditField;
import static org.paralelo.assessment.ui.BodyEditors.field;
import static org.paralelo.assessment.ui.BodyEditors.hint;
import static org.paralelo.assessment.ui.BodyEditors.row;
import static org.paralelo.assessment.ui.BodyEditors.valueOr;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.base.ui.FieldErrors;

/**
 * Single choice (a checkbox for the correct option and a partial credit in % per option) and multiple choice
 * (a credit in % per option).
 */
final class ChoiceEditor extends Div implements BodyEditor {

    private final boolean multiple;
    private final Rows<Option> rows;

    ChoiceEditor(boolean multiple, @Nullable QuestionBody existing) {
        this.multiple = multiple;
        rows = new Rows<>(getTranslation("question.options"), getTranslation("question.add-option"),
                "add-option", Option::new, false);
        add(rows, hint(getTranslation(multiple ? "question.option-credit-help"
                : "question.option-partial-credit-help")));
        if (existing instanceof SingleChoice single) {
            single.options().forEach(o -> rows.add(new Option()).fill(o.key(), o.text(), o.correct(),
                    o.correct() ? null : o.credit(), o.feedback()));
        } else if (existing instanceof MultipleChoice choice) {
            choice.options().forEach(o -> rows.add(new Option()).fill(o.key(), o.text(), false, o.credit(),
                    o.feedback()));
        } else {
            for (int i = 0; i < 4; i++) {
                rows.add(new Option());
            }
        }
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public QuestionBody body() {
        List<Option> filled = rows.filled();
        return multiple
                ? new MultipleChoice(filled.stream().map(o -> new MultipleChoice.Option(o.key,
                o.text.getValue(), valueOr(o.credit, BigDecimal.ZERO), o.feedback.getValue())).toList())
                : new SingleChoice(filled.stream().map(o -> new SingleChoice.Option(o.key, o.text.getValue(),
                o.correct.getValue(), valueOr(o.credit, BigDecimal.ZERO), o.feedback.getValue())).toList());
    }

    @Override
    public void bind(FieldErrors errors) {
        errors.field("options", rows.error());
        List<Option> sent = rows.sent();
        for (int i = 0; i < sent.size(); i++) {
            errors.field("options." + i + ".text", sent.get(i).text)
                    .field("options." + i + ".credit", sent.get(i).credit)
                    .field("options." + i + ".feedback", sent.get(i).feedback);
        }
    }

    private final class Option implements Rows.Row {
        private String key = "";
        private final TextField text = field(QuestionBody.MAX_OPTION_TEXT);
        private final Checkbox correct = new Checkbox();
        private final BigDecimalField credit = creditField(BigDecimal.ZERO);
        private final TextField feedback = field(QuestionBody.MAX_FEEDBACK);

        Option() {
            if (!multiple) {
                // The correct option is worth 100 %: its partial credit has no meaning.
                correct.addValueChangeListener(change -> credit.setEnabled(!change.getValue()));
            }
        }

        void fill(String key, String text, boolean correct, @Nullable BigDecimal credit, String feedback) {
            this.key = key;
            this.text.setValue(text);
            this.correct.setValue(correct);
            this.credit.setValue(credit);
            this.feedback.setValue(feedback);
        }

        @Override
        public Component layout() {
            return multiple ? row(text, credit, feedback) : row(text, correct, credit, feedback);
        }

        @Override
        public void number(int number) {
            text.setLabel(getTranslation("question.option-text", number));
            text.setId("option-text-" + (number - 1));
            correct.setLabel(getTranslation("question.option-correct"));
            correct.setAriaLabel(getTranslation("question.option-correct-numbered", number));
            correct.setId("option-correct-" + (number - 1));
            credit.setLabel(getTranslation(multiple ? "question.option-credit" : "question.option-partial-credit",
                    number));
            credit.setId("option-credit-" + (number - 1));
            feedback.setLabel(getTranslation("question.option-feedback", number));
            feedback.setId("option-feedback-" + (number - 1));
        }

        @Override
        public boolean blank() {
            return text.getValue().isBlank() && feedback.getValue().isBlank() && !correct.getValue()
                    && valueOr(credit, BigDecimal.ZERO).signum() == 0;
        }
    }
}
