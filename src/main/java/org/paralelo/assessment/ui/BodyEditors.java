package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.TrueFalse;
import org.paralelo.assessment.QuestionType;

/**
 * The part of the question form that depends on the type: options with a "correct" switch and a partial credit, or
 * a credit; accepted answers with their credits and case and accent options; numeric answers with value, tolerance
 * and credit; pairs, items in order, or grader notes. Every field is labelled; field names match the ones the
 * question checks report.
 */
final class BodyEditors {

    private BodyEditors() {
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

    static TextField field(int maxLength) {
        TextField field = new TextField();
        field.setMaxLength(maxLength);
        return field;
    }

    /** A credit in %, starting at the given value. */
    static BigDecimalField creditField(BigDecimal initial) {
        BigDecimalField field = new BigDecimalField();
        field.setSuffixComponent(new Span("%"));
        field.setValue(initial);
        field.setWidth("9em");
        return field;
    }

    static BigDecimal valueOr(BigDecimalField field, BigDecimal blank) {
        return field.getValue() == null ? blank : field.getValue();
    }

    /** The fields of one row, side by side. */
    static Div row(Component... fields) {
        Div line = new Div(fields);
        line.addClassName("row-fields");
        return line;
    }

    static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }
}
