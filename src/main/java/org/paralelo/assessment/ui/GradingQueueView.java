package org.paralelo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.paralelo.assessment.GradingQueueService;
import org.paralelo.assessment.PendingEssay;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;

/**
 * The manual grading queue: essays of submitted attempts in the courses the trainer teaches, oldest first, each
 * with the question, the grader's notes, the answer, and fields for points and a comment.
 */
@Route("imparto/calificar")
@Menu(order = 2.5, title = "menu.grading", icon = "vaadin:check-square-o")
@RolesAllowed({"TRAINER", "ADMIN"})
public class GradingQueueView extends Main implements TitledByHeading {

    private final GradingQueueService grading;
    private final Div list = new Div();

    GradingQueueView(GradingQueueService grading) {
        this.grading = grading;
        addClassName("page");
        addClassName("grading-queue");
        list.addClassName("grading-list");
        add(new H1(getTranslation("grading.title")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<PendingEssay> essays = grading.myQueue();
        if (essays.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("grading.empty"));
            none.setId("grading-empty");
            list.add(none);
        }
        essays.forEach(essay -> list.add(card(essay)));
    }

    private Article card(PendingEssay essay) {
        Article card = new Article();
        card.addClassName("grading-card");
        card.add(new H2(essay.questionText()));
        card.add(new Paragraph(getTranslation("grading.quiz", essay.quizTitle())));
        card.add(new Paragraph(getTranslation("grading.learner", essay.learnerName())));
        if (!essay.graderInfo().isBlank()) {
            Paragraph notes = new Paragraph(getTranslation("grading.notes", essay.graderInfo()));
            notes.addClassName("grader-notes");
            card.add(notes);
        }
        Paragraph answer = new Paragraph(essay.answer());
        answer.addClassName("essay-answer");
        answer.getElement().setAttribute("aria-label", getTranslation("attempt.answer"));
        BigDecimalField points = new BigDecimalField(getTranslation("grading.points",
                essay.maxPoints().stripTrailingZeros().toPlainString()));
        points.setId("points-" + essay.attemptId() + "-" + essay.questionKey());
        TextArea comment = new TextArea(getTranslation("grading.comment"));
        comment.setMaxLength(GradingQueueService.MAX_COMMENT);
        comment.setWidthFull();
        Button save = new Button(getTranslation("grading.save"), click -> {
            FieldErrors errors = new FieldErrors(this).field("points", points).field("comment", comment);
            errors.clear();
            try {
                grading.grade(essay.attemptId(), essay.questionKey(), points.getValue(), comment.getValue());
                Notifications.success(getTranslation("grading.saved"));
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            } catch (UserFacingException refused) {
                Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(answer, points, comment, save);
        return card;
    }
}
