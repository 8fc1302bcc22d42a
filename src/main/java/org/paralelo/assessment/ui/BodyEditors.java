package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;
import org.paralelo.assessment.QuestionType;
import org.paralelo.base.ui.FieldErrors;

/**
 * The part of the question form that depends on the type: options with a "correct" switch and a partial credit, or
 * a credit; accepted answers with their credits and case and accent options; numeric answers with value, tolerance
 * and credit; pairs, items in order, or grader notes. Every field is labelled; field names match the ones the
 * question checks report.
 */
final class BodyEditors {

    private BodyEditors() {
    }

    /** One type's form: reads its fields into a body, and tells the form's error map where each field is. */
    interface BodyEditor {
        Component component();

        QuestionBody body();

        void bind(FieldErrors errors);
    }

    static BodyEditor of(QuestionType type, @Nullable QuestionBody existing) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new ChoiceEditor(type == QuestionType.MULTIPLE_CHOICE, existing);
            case TRUE_FALSE -> new TrueFalseEditor(existing instanceof TrueFalse tf ? tf : null);
            case SHORT_ANSWER -> new ShortAnswerEditor(existing instanceof ShortAnswer sa ? sa : null);
            case NUMERIC -> new NumericEditor(existing instanceof Numeric n ? n : null);
            case MATCHING -> new MatchingEditor(existing instanceof Matching m ? m : null);
            case ORDERING -> new OrderingEditor(existing instanceof Ordering o ? o : null);
            case ESSAY -> new EssayEditor(existing instanceof Essay e ? e : null);
            case DESCRIPTION -> new DescriptionEditor();
        };
    }

    private static TextField field(int maxLength) {
        TextField field = new TextField();
        field.setMaxLength(maxLength);
        return field;
    }

    /** A credit in %, starting at the given value. */
    private static BigDecimalField creditField(BigDecimal initial) {
        BigDecimalField field = new BigDecimalField();
        field.setSuffixComponent(new Span("%"));
        field.setValue(initial);
        field.setWidth("9em");
        return field;
    }

    private static BigDecimal valueOr(BigDecimalField field, BigDecimal blank) {
        return field.getValue() == null ? blank : field.getValue();
    }

    /** The fields of one row, side by side. */
    private static Div row(Component... fields) {
        Div line = new Div(fields);
        line.addClassName("row-fields");
        return line;
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }

    /** A row of two text fields, numbered with their labels and ids: accepted answers and matching pairs. */
    private abstract static class TwoFieldRow implements Rows.Row {
        final TextField first;
        final TextField second;
        private final String firstLabel;
        private final String firstId;
        private final String secondLabel;
        private final String secondId;

        TwoFieldRow(int firstMax, String firstLabel, String firstId, int secondMax, String secondLabel,
                    String secondId) {
            this.first = field(firstMax);
            this.second = field(secondMax);
            this.firstLabel = firstLabel;
            this.firstId = firstId;
            this.secondLabel = secondLabel;
            this.secondId = secondId;
        }

        void fill(String firstValue, String secondValue) {
            first.setValue(firstValue);
            second.setValue(secondValue);
        }

        @Override
        public Component layout() {
            return row(first, second);
        }

        @Override
        public void number(int number) {
            first.setLabel(first.getTranslation(firstLabel, number));
            first.setId(firstId + (number - 1));
            second.setLabel(second.getTranslation(secondLabel, number));
            second.setId(secondId + (number - 1));
        }

        @Override
        public boolean blank() {
            return first.getValue().isBlank() && second.getValue().isBlank();
        }
    }

    /**
     * Single choice (a checkbox for the correct option and a partial credit in % per option) and multiple choice
     * (a credit in % per option).
     */
    static final class ChoiceEditor extends Div implements BodyEditor {

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

    static final class TrueFalseEditor extends Div implements BodyEditor {

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

    static final class ShortAnswerEditor extends Div implements BodyEditor {

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

    /** Numeric answers, each a value, a tolerance, a credit (100 % unless changed) and feedback. */
    static final class NumericEditor extends Div implements BodyEditor {

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

    static final class MatchingEditor extends Div implements BodyEditor {

        private final Rows<Pair> rows;

        MatchingEditor(@Nullable Matching existing) {
            rows = new Rows<>(getTranslation("question.pairs"), getTranslation("question.add-pair"), "add-pair",
                    Pair::new, false);
            if (existing == null) {
                for (int i = 0; i < 3; i++) {
                    rows.add(new Pair());
                }
            } else {
                existing.pairs().forEach(p -> rows.add(new Pair()).fill(p.key(), p.prompt(), p.answer()));
            }
            add(rows);
        }

        @Override
        public Component component() {
            return this;
        }

        @Override
        public QuestionBody body() {
            return new Matching(rows.filled().stream().map(p -> new Matching.Pair(p.key, p.first.getValue(),
                    p.second.getValue())).toList());
        }

        @Override
        public void bind(FieldErrors errors) {
            errors.field("pairs", rows.error());
            List<Pair> sent = rows.sent();
            for (int i = 0; i < sent.size(); i++) {
                errors.field("pairs." + i + ".prompt", sent.get(i).first)
                        .field("pairs." + i + ".answer", sent.get(i).second);
            }
        }

        private static final class Pair extends TwoFieldRow {
            private String key = "";

            Pair() {
                super(QuestionBody.MAX_OPTION_TEXT, "question.pair-prompt", "pair-prompt-",
                        QuestionBody.MAX_OPTION_TEXT, "question.pair-answer", "pair-answer-");
            }

            void fill(String key, String prompt, String answer) {
                this.key = key;
                fill(prompt, answer);
            }
        }
    }

    static final class OrderingEditor extends Div implements BodyEditor {

        private final Rows<Item> rows;

        OrderingEditor(@Nullable Ordering existing) {
            rows = new Rows<>(getTranslation("question.items"), getTranslation("question.add-item"), "add-item",
                    Item::new, true);
            if (existing == null) {
                for (int i = 0; i < 3; i++) {
                    rows.add(new Item());
                }
            } else {
                existing.items().forEach(i -> rows.add(new Item()).fill(i.key(), i.text()));
            }
            add(rows);
        }

        @Override
        public Component component() {
            return this;
        }

        @Override
        public QuestionBody body() {
            return new Ordering(rows.filled().stream().map(i -> new Ordering.Item(i.key, i.text.getValue()))
                    .toList());
        }

        @Override
        public void bind(FieldErrors errors) {
            errors.field("items", rows.error());
            List<Item> sent = rows.sent();
            for (int i = 0; i < sent.size(); i++) {
                errors.field("items." + i + ".text", sent.get(i).text);
            }
        }

        private static final class Item implements Rows.Row {
            private String key = "";
            private final TextField text = field(QuestionBody.MAX_OPTION_TEXT);

            void fill(String key, String text) {
                this.key = key;
                this.text.setValue(text);
            }

            @Override
            public Component layout() {
                return row(text);
            }

            @Override
            public void number(int number) {
                text.setLabel(text.getTranslation("question.item", number));
                text.setId("item-text-" + (number - 1));
            }

            @Override
            public boolean blank() {
                return text.getValue().isBlank();
            }
        }
    }

    /** A description is all text: the form only says so. */
    static final class DescriptionEditor extends Div implements BodyEditor {

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

    static final class EssayEditor extends Div implements BodyEditor {

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
}
