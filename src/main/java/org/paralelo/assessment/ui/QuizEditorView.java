package org.paralelo.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuizDraft;
import org.paralelo.assessment.QuizService;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.AccessibleTabSheet;
import org.paralelo.base.ui.RouteIds;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CourseId;
import org.springframework.security.access.AccessDeniedException;

/**
 * The quiz editor, reached from the course structure: the quiz's settings and questions on one tab, the course's
 * question bank on the other. Everything edits the draft; learners see the quiz frozen with the last published
 * version until the course is published again. The route admits trainers and admins; the services check that
 * this person may edit this course.
 */
@Route("autoria/cursos/:courseId/cuestionarios/:itemKey")
@RolesAllowed({"TRAINER", "ADMIN"})
public class QuizEditorView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final QuizService quizzes;
    private final QuestionBankService bank;
    private TabSheet tabs = new AccessibleTabSheet();
    private CourseId course = new CourseId(0);
    private String itemKey = "";
    private @Nullable Long selectedCategory;

    QuizEditorView(QuizService quizzes, QuestionBankService bank) {
        this.quizzes = quizzes;
        this.bank = bank;
        addClassName("page");
        addClassName("quiz-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = RouteIds.optionalId(event, "courseId");
        Optional<String> key = RouteIds.optionalKey(event, "itemKey");
        if (id.isEmpty() || key.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        course = new CourseId(id.get());
        itemKey = key.get();
        try {
            reload();
        } catch (AccessDeniedException | UserFacingException notYours) {
            // Someone else's course or an unknown quiz: not found, without telling which.
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void reload() {
        QuizDraft quiz = quizzes.quiz(course, itemKey);
        int tab = Math.max(0, tabs.getSelectedIndex());
        removeAll();
        tabs = new AccessibleTabSheet();

        Anchor back = new Anchor(AuthoringPaths.courseEditor(course),
                "← " + getTranslation("authoring.back-to-course"));
        H1 title = new H1(quiz.title());
        title.setId("quiz-title");
        Span note = new Span(getTranslation("quiz.draft-note"));
        note.addClassName("hint");

        Div quizTab = new Div(new QuizSettingsForm(quizzes, course, quiz, this::reload),
                new SlotList(quizzes, bank, course, quiz, this::reload));
        tabs.setWidthFull();
        tabs.add(getTranslation("quiz.tab.quiz"), quizTab);
        tabs.add(getTranslation("quiz.tab.bank"), new BankPanel(bank, course, selectedCategory, category -> {
            selectedCategory = category;
            reload();
        }, this::reload));
        tabs.setSelectedIndex(tab);
        add(back, title, note, tabs);
    }
}
