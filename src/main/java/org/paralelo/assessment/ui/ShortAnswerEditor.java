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
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.base.ui.FieldErrors;

final class ShortAnswerEditor extends Div implements BodyEditor {

    private final Rows<Answer> rows;
    private final Checkbox ignoreCase = new Checkbox();
    private final Checkbox ignoreAccents = new Checkbox();
    private final TextField incorrectFeedback = field(QuestionBody.MAX_FEEDBACK);

    ShortAnswerEditor(@Nullable ShortAnswer existing) {
        rows = new Rows<>(getTranslation("question.accepted-answers"), getTranslation("question.add-answer"),
                "add-answer", Answer::new, false);
        ignoreCase.setLabel(getTranslation("question.ignore-case"));
        ignoreCase.setId("ignore-case");
        ignoreAccents.setLabel(getTranslation("question.ignore-accents"));
        ignoreAccents.setId("ignore-accents");
        incorrectFeedback.setLabel(getTranslation("question.incorrect-feedback"));
        incorrectFeedback.setWidthFull();
        if (existing == null) {
            rows.add(new Answer());
            rows.add(new Answer());
            ignoreCase.setValue(true);
            ignoreAccents.setValue(true);
        } else {
            existing.answers().forEach(a -> rows.add(new Answer()).fill(a.text(), a.credit(), a.feedback()));
            ignoreCase.setValue(existing.ignoreCase());
            ignoreAccents.setValue(existing.ignoreAccents());
            incorrectFeedback.setValue(existing.incorrectFeedback());
        }
        add(rows, hint(getTranslation("question.answer-credit-help")), new Div(ignoreCase, ignoreAccents),
                incorrectFeedback);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public QuestionBody body() {
        return new ShortAnswer(rows.filled().stream().map(a -> new ShortAnswer.Accepted(a.first.getValue(),
                valueOr(a.credit, QuestionBody.FULL_CREDIT), a.second.getValue())).toList(), ignoreCase.getValue(),
                ignoreAccents.getValue(), incorrectFeedback.getValue());
    }

    @Override
    public void bind(FieldErrors errors) {
        errors.field("answers", rows.error()).field("incorrectFeedback", incorrectFeedback);
        List<Answer> sent = rows.sent();
        for (int i = 0; i < sent.size(); i++) {
            errors.field("answers." + i + ".text", sent.get(i).first)
                    .field("answers." + i + ".credit", sent.get(i).credit)
                    .field("answers." + i + ".feedback", sent.get(i).second);
        }
    }

    /** An accepted answer, its credit (100 % unless changed) and its feedback. */
    private static final class Answer extends TwoFieldRow {
        private final BigDecimalField credit = creditField(QuestionBody.FULL_CREDIT);

        Answer() {
            super(QuestionBody.MAX_ACCEPTED_ANSWER, "question.accepted-answer", "answer-text-",
                    QuestionBody.MAX_FEEDBACK, "question.accepted-feedback", "answer-feedback-");
        }

        void fill(String text, BigDecimal credit, String feedback) {
            fill(text, feedback);
            this.credit.setValue(credit);
        }

        @Override
        public Component layout() {
            return row(first, credit, second);
        }

        @Override
        public void number(int number) {
            super.number(number);
            credit.setLabel(credit.getTranslation("question.answer-credit", number));
            credit.setId("answer-credit-" + (number - 1));
        }
    }
}
