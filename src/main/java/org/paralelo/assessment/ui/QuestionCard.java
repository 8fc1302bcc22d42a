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
 * answer field, a live save status ("Guardado", "Guardando…", "No se guardó, reintentando") announced politely to
 * screen readers, and — when feedback is due — the review. A description between questions is only its text:
 * no number, points, field or status.
 */
final class QuestionCard extends FieldSet {

    private final Span status = new Span();
    private final String key;

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
            status.addClassName("save-status");
            status.getElement().setAttribute("aria-live", "polite");
            if (question.revision() > 0) {
                status.setText(getTranslation("attempt.saved"));
            }
            add(status);
            // The status flips to "Guardando…" in the browser the moment the learner changes something, before
            // the change reaches the server; the server's answer then sets "Guardado". A text field's "change" (on
            // leaving it) only repeats its "input" events, already on their way: flipping again would leave
            // "Guardando…" with nothing left to answer it. While any answer on the page is still saving (or
            // waiting to retry), closing or reloading the page makes the browser ask first (issue #16).
            getElement().executeJs("""
                    const status = $0, text = $1;
                    const saving = () => { status.textContent = text; status.dataset.state = 'saving'; };
                    this.addEventListener('input', saving);
                    this.addEventListener('change', e => {
                      if (!e.target.closest('vaadin-text-field, vaadin-text-area')) saving();
                    });
                    this.addEventListener('click', e => { if (e.target.closest('.order-move, .order-keep')) saving(); });
                    if (!window.__paraleloUnsavedAnswers) {
                      window.__paraleloUnsavedAnswers = true;
                      window.addEventListener('beforeunload', e => {
                        if (document.querySelector('.question-card .save-status[data-state="saving"],'
                            + ' .question-card .save-status[data-state="retrying"]')) {
                          e.preventDefault();
                          e.returnValue = '';
                        }
                      });
                    }
                    """, status.getElement(), getTranslation("attempt.saving"));
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
        show("saved", getTranslation("attempt.saved"));
    }

    void retrying() {
        show("retrying", getTranslation("attempt.retrying"));
    }

    void refused(String message) {
        show("refused", getTranslation("attempt.not-saved") + ": " + message);
    }

    private void show(String state, String text) {
        status.setText(text);
        status.getElement().setAttribute("data-state", state);
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
