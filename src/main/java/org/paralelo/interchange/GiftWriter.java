package org.paralelo.interchange;

import java.math.BigDecimal;
import java.util.List;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;

/**
 * Writes questions as GIFT, escaping its special characters, so that {@link GiftParser} reads back the same
 * questions. Every text is written on one line ({@code \n} for its line breaks); the question text has a
 * {@code [markdown]} prefix, and so does any other text that starts like a format name. Credits are written the way
 * Moodle reads them: {@code ~%50%} for a single choice's partial credit, {@code =%50%} for short and numeric
 * answers, {@code ~%…%} for every option of a multiple choice.
 *
 * <p>GIFT has no place for a few things, which are left out: essay notes for graders and ordering questions
 * (written as a comment). A short answer's feedback for any other answer is Moodle's catch-all
 * {@code =%0%*#…}. A description is its text alone, with no answer block; a matching distractor is a pair with an
 * empty left side ({@code = -> Chat}).
 */
public final class GiftWriter {


    private GiftWriter() {
    }

    public static String write(List<ParsedQuestion> questions) {
        StringBuilder out = new StringBuilder();
        String category = "";
        for (ParsedQuestion parsed : questions) {
            if (!parsed.category().equals(category)) {
                category = parsed.category();
                out.append("$CATEGORY: ").append(category.replace('\n', ' ')).append("\n\n");
            }
            write(parsed.question(), out);
            out.append("\n\n");
        }
        return out.toString();
    }

    private static void write(Question question, StringBuilder out) {
        if (question.body() instanceof Ordering) {
            out.append("// ").append(escape(question.text())).append(" (ordering questions have no GIFT form)");
            return;
        }
        if (question.type().answered() && question.points().compareTo(BigDecimal.ONE) != 0) {
            out.append("// paralelo: points=").append(question.points().stripTrailingZeros().toPlainString())
                    .append('\n');
        }
        if (!question.idNumber().isEmpty() || !question.tags().isEmpty()) {
            // Moodle 4 keeps a question's id number and tags in a comment just before it.
            out.append("//");
            if (!question.idNumber().isEmpty()) {
                out.append(" [id:").append(bracketed(question.idNumber())).append(']');
            }
            question.tags().forEach(tag -> out.append(" [tag:").append(bracketed(tag)).append(']'));
            out.append('\n');
        }
        if (!question.title().isBlank()) {
            out.append("::").append(escape(question.title().replace('\n', ' '))).append("::");
        }
        out.append("[markdown]").append(escape(question.text()));
        if (!question.type().answered()) {
            // A description is a text without an answer block, as Moodle writes it.
            return;
        }
        out.append(" {");
        switch (question.body()) {
            case SingleChoice choice -> choice.options().forEach(o -> out.append("\n")
                    .append(o.correct() ? mark('=', o.credit(), QuestionBody.FULL_CREDIT, o.text())
                            : mark('~', o.credit(), BigDecimal.ZERO, o.text()))
                    .append(text(o.text())).append(feedback(o.feedback())));
            case MultipleChoice choice -> choice.options().forEach(o -> out.append("\n~").append(percent(o.credit()))
                    .append(text(o.text())).append(feedback(o.feedback())));
            case TrueFalse trueFalse -> {
                String wrong = trueFalse.answer() ? trueFalse.feedbackFalse() : trueFalse.feedbackTrue();
                String right = trueFalse.answer() ? trueFalse.feedbackTrue() : trueFalse.feedbackFalse();
                out.append(trueFalse.answer() ? "TRUE" : "FALSE");
                if (!wrong.isEmpty() || !right.isEmpty()) {
                    out.append('#').append(text(wrong)).append('#').append(text(right));
                }
            }
            case ShortAnswer shortAnswer -> {
                shortAnswer.answers().forEach(a -> out.append("\n")
                        .append(mark('=', a.credit(), QuestionBody.FULL_CREDIT, a.text())).append(text(a.text()))
                        .append(feedback(a.feedback())));
                if (!shortAnswer.incorrectFeedback().isEmpty()) {
                    // Moodle's catch-all answer: anything else, worth nothing.
                    out.append("\n=%0%*").append(feedback(shortAnswer.incorrectFeedback()));
                }
            }
            case Numeric numeric -> {
                out.append('#');
                numeric.answers().forEach(a -> out.append("\n")
                        .append(mark('=', a.credit(), QuestionBody.FULL_CREDIT, a.value())).append(escape(a.value()))
                        .append(a.tolerance().isEmpty() ? "" : ":" + escape(a.tolerance()))
                        .append(feedback(a.feedback())));
                if (!numeric.incorrectFeedback().isEmpty()) {
                    out.append("\n~").append(feedback(numeric.incorrectFeedback()));
                }
            }
            case Matching matching -> matching.pairs().forEach(p -> out.append("\n=").append(text(p.prompt()))
                    .append(" -> ").append(text(p.answer())));
            case Essay essay -> {
            }
            case Ordering ordering -> throw new IllegalStateException("written above");
            case QuestionBody.Description description -> throw new IllegalStateException("written above");
        }
        if (!question.generalFeedback().isEmpty()) {
            out.append("\n####").append(text(question.generalFeedback()));
        }
        out.append("\n}");
    }

    /** A text inside {@code [id:…]}: one line, its closing brackets escaped as Moodle reads them. */
    private static String bracketed(String text) {
        return text.replace('\n', ' ').replace("]", "\\]");
    }

    private static String feedback(String feedback) {
        return feedback.isEmpty() ? "" : "#" + text(feedback);
    }

    /** A credit in %, as GIFT writes it: {@code %50%}. */
    private static String percent(BigDecimal credit) {
        return "%" + credit.stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * An answer's mark: {@code =} or {@code ~}, then its credit unless it is the one the mark implies (or the text
     * starts with {@code %}, which would otherwise be read as a credit).
     */
    private static String mark(char sign, BigDecimal credit, BigDecimal implied, String text) {
        return sign + (credit.compareTo(implied) == 0 && !text.startsWith("%") ? "" : percent(credit));
    }

    /**
     * A text other than the question's, escaped; one that starts like a format name ({@code [html]…}) gets a
     * {@code [markdown]} prefix so that the reader keeps it as it is.
     */
    private static String text(String text) {
        String escaped = escape(text);
        return GiftParser.namesFormat(text) ? "[markdown]" + escaped : escaped;
    }

    /** Escapes GIFT's special characters, the backslash and arrows, and writes line breaks as {@code \n}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '-' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '>' ? "\\-" : "-");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
