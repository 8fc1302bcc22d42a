package org.paralelo.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import org.paralelo.assessment.AttemptView;
import org.paralelo.base.MarkdownRenderer;

/**
 * A submitted attempt in the player: the score, grade and verdict (announced as a status), then the review of each
 * question when the quiz's settings show it now.
 */
class QuizResultPanel extends Div {

    QuizResultPanel(AttemptView view, boolean preview, MarkdownRenderer markdown) {
        addClassName("quiz-result");
        AttemptView.Result result = view.result();
        Div box = new Div();
        box.setId("attempt-result");
        box.addClassName("attempt-result");
        box.getElement().setAttribute("role", "status");
        box.add(new H2(preview ? getTranslation("attempt.preview.result-title")
                : getTranslation("attempt.result.title", view.number())));
        if (result != null) {
            box.add(new Paragraph(getTranslation("attempt.result.score", plain(result.score()),
                    plain(result.maxScore()))));
            if (result.gradePercent() == null) {
                box.add(new Paragraph(getTranslation("attempt.result.awaiting")));
            } else {
                box.add(new Paragraph(getTranslation("attempt.result.grade", plain(result.gradePercent()))));
                Paragraph verdict = new Paragraph(Boolean.TRUE.equals(result.passed())
                        ? getTranslation("attempt.result.passed")
                        : getTranslation("attempt.result.failed", view.settings().passMarkPercent()));
                verdict.addClassName(Boolean.TRUE.equals(result.passed()) ? "passed" : "failed");
                box.add(verdict);
            }
            if (!result.reviewShown()) {
                box.add(new Paragraph(getTranslation("attempt.result.review-later")));
            }
        }
        add(box);
        if (result != null && result.reviewShown()) {
            Div questions = new Div();
            questions.addClassName("quiz-questions");
            view.questions().forEach(q -> questions.add(new QuestionCard(q, view.questionCount(),
                    markdown.toSafeHtml(q.question().text()), true, r -> { }, null)));
            add(questions);
        }
    }

    private String plain(BigDecimal value) {
        return QuizNumbers.plain(value, getLocale());
    }
}
