package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.Consumer;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.AttemptView;
import org.paralelo.assessment.QuestionType;
import org.paralelo.assessment.Response;

/**
 * One question of an attempt: a fieldset whose legend numbers it, the question text (sanitised Markdown), the
 * answer field, its save status ({@link BrowserSaveStatus}) and — when feedback is due — the review. A description
 * between questions is only its text: no number, points, field or status.
 */
final class QuestionCard extends FieldSet {

    private final String key;
    private @Nullable BrowserSaveStatus status;

    QuestionCard(AttemptView.AttemptQuestion question, int total, String safeHtml, boolean readOnly,
                 Consumer<Response> changed, @Nullable Runnable check) {
        this.key = question.question().key();
        getElement().setAttribute("data-question", key);
        Html text = new Html("<div class=\"question-text\">" + safeHtml + "</div>");
        if (!question.question().type().answered()) {
            addClassName("quiz-description");
            add(text);
            return;
        }
        addClassName("question-card");
        String number = getTranslation("attempt.question", question.number(), total);
        // The legend as one HTML node, not a Legend component with a text node in it: one state node fewer per
        // question for as long as the attempt is open (issue #16). Same markup: the fieldset's first child.
        add(new Html("<legend>" + Entities.escape(number + " · " + getTranslation("attempt.points",
                question.question().points().stripTrailingZeros().toPlainString())) + "</legend>"));
        Component input = AnswerInput.create(question.question(), question.response(), readOnly,
                number, this, changed);
        input.addClassName("answer-input");
        add(text, input);
        if (!readOnly) {
            status = new BrowserSaveStatus(this, input, question.revision() > 0);
            add(status.line());
        }
        if (check != null) {
            Button button = new Button(getTranslation("attempt.check"), click -> check.run());
            button.setId("check-" + key);
            button.addClassName("check-answer");
            add(button);
        }
        if (question.review() != null) {
            add(review(question.review(), question.question().type()));
        }
    }

    String key() {
        return key;
    }

    void saved() {
        if (status != null) {
            status.saved();
        }
    }

    void retrying() {
        if (status != null) {
            status.retrying();
        }
    }

    void refused(String message) {
        if (status != null) {
            status.refused(message);
        }
    }

    private Component review(AttemptView.Review review, QuestionType type) {
        Div box = new Div();
        box.addClassName("question-review");
        box.add(new Paragraph(review.pending() ? getTranslation("attempt.review.pending")
                : getTranslation("attempt.review.points", review.points().stripTrailingZeros().toPlainString(),
                review.maxPoints().stripTrailingZeros().toPlainString())));
        if (!review.rightAnswers().isEmpty()) {
            UnorderedList right = new UnorderedList();
            review.rightAnswers().forEach(a -> right.add(new ListItem(
                    a.startsWith("attempt.") ? getTranslation(a) : a)));
            box.add(new Span(getTranslation("attempt.review.right")), right);
        }
        review.feedback().forEach(f -> box.add(new Paragraph(f)));
        if (review.graderComment() != null && !review.graderComment().isBlank()) {
            box.add(new Paragraph(getTranslation("attempt.review.comment", review.graderComment())));
        }
        return box;
    }
}
