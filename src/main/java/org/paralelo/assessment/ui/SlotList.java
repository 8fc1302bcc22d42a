package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.assessment.CategoryView;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuestionSummary;
import org.paralelo.assessment.QuizDraft;
import org.paralelo.assessment.QuizService;
import org.paralelo.assessment.SlotKind;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.courses.CourseId;

/**
 * The quiz's questions in order: fixed bank questions and random draws from a category, each with buttons to move
 * it up or down or take it out of the quiz; below, the two ways to add more.
 */
class SlotList extends Div {

    private final QuizService quizzes;
    private final CourseId course;
    private final QuizDraft quiz;
    private final Runnable reload;

    SlotList(QuizService quizzes, QuestionBankService bank, CourseId course, QuizDraft quiz, Runnable reload) {
        this.quizzes = quizzes;
        this.course = course;
        this.quiz = quiz;
        this.reload = reload;
        addClassName("quiz-slots");
        add(new H2(getTranslation("quiz.questions")));
        Paragraph count = new Paragraph(getTranslation("quiz.question-count", quiz.questionCount()));
        count.setId("question-count");
        add(count);
        if (quiz.slots().isEmpty()) {
            add(new Paragraph(getTranslation("quiz.no-slots")));
        }
        Div list = new Div();
        list.addClassName("slot-list");
        for (int i = 0; i < quiz.slots().size(); i++) {
            list.add(slotRow(quiz.slots().get(i), i));
        }
        List<CategoryView> categories = bank.categories(course);
        add(list, writeNew(bank, categories), addFixed(bank.allQuestions(course)), addDraw(categories));
    }

    /** The short way: write a question here; it lands in the bank and at the end of this quiz. */
    private Component writeNew(QuestionBankService bank, List<CategoryView> categories) {
        Button write = new Button(getTranslation("quiz.write-question"), VaadinIcon.EDIT.create(),
                click -> QuestionDialog.forQuiz(bank, quizzes, course, quiz.itemKey(), categories, reload).open());
        write.setId("write-question");
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph hint = new Paragraph(getTranslation("quiz.write-question.hint"));
        hint.addClassName("hint");
        Div form = new Div(new H3(getTranslation("quiz.write-question.title")), hint, write);
        form.addClassName("slot-adder");
        return form;
    }

    private Component slotRow(QuizDraft.Slot slot, int index) {
        String description;
        if (slot.kind() == SlotKind.RANDOM) {
            description = getTranslation("quiz.draw-description", slot.draw(), slot.categoryName());
        } else if (slot.question() == null) {
            description = getTranslation("quiz.missing-question");
        } else {
            description = getTranslation("question.type." + slot.question().type().name()) + " · "
                    + slot.question().excerpt();
        }
        Span number = new Span((index + 1) + ".");
        Span text = new Span(description);
        text.addClassName("slot-description");
        Div actions = new Div(
                iconButton(VaadinIcon.ARROW_UP, "authoring.move-up", description, index > 0,
                        () -> quizzes.moveSlot(course, quiz.itemKey(), slot.id(), index - 1)),
                iconButton(VaadinIcon.ARROW_DOWN, "authoring.move-down", description,
                        index < quiz.slots().size() - 1,
                        () -> quizzes.moveSlot(course, quiz.itemKey(), slot.id(), index + 1)),
                iconButton(VaadinIcon.CLOSE_SMALL, "quiz.remove-slot", description, true,
                        () -> quizzes.removeSlot(course, quiz.itemKey(), slot.id())));
        actions.addClassName("row-actions");
        Div row = new Div(number, text, actions);
        row.addClassName("slot-row");
        row.getElement().setAttribute("data-slot", String.valueOf(slot.id()));
        return row;
    }

    private Component addFixed(List<QuestionSummary> questions) {
        Set<String> used = quiz.slots().stream().filter(s -> s.question() != null).map(s -> s.question().key())
                .collect(Collectors.toSet());
        List<QuestionSummary> offered = questions.stream().filter(q -> !used.contains(q.key())).toList();
        MultiSelectComboBox<QuestionSummary> question = new MultiSelectComboBox<>(getTranslation("quiz.slot-question"));
        question.setId("bank-question");
        question.setItems(offered);
        question.setHelperText(getTranslation("quiz.slot-question-help"));
        question.setItemLabelGenerator(q -> getTranslation("question.type." + q.type().name()) + " · " + q.excerpt());
        question.setWidth("min(36em, 100%)");
        question.setPlaceholder(getTranslation(questions.isEmpty() ? "quiz.bank-empty" : "quiz.choose-question"));
        FieldErrors errors = new FieldErrors(this).field("question", question).field("slots", question);
        Button add = new Button(getTranslation("quiz.add"), VaadinIcon.PLUS.create(), click -> {
            if (question.getValue().isEmpty()) {
                question.setErrorMessage(getTranslation("error.required"));
                question.setInvalid(true);
                return;
            }
            try {
                // In the bank's order, whatever order they were ticked in.
                quizzes.addQuestions(course, quiz.itemKey(), offered.stream().filter(question.getValue()::contains)
                        .map(QuestionSummary::key).toList());
                reload.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        add.setId("add-question");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H3(getTranslation("quiz.add-question")), new Div(question, add));
        form.addClassName("slot-adder");
        return form;
    }

    private Component addDraw(List<CategoryView> categories) {
        Select<CategoryView> category = new Select<>();
        category.setLabel(getTranslation("quiz.category"));
        category.setId("draw-category");
        category.setItems(categories);
        category.setItemLabelGenerator(c -> getTranslation("bank.category-label", c.name(), c.questionCount()));
        category.setEnabled(!categories.isEmpty());
        category.setPlaceholder(getTranslation(categories.isEmpty() ? "bank.no-categories-short"
                : "quiz.choose-category"));
        IntegerField count = new IntegerField(getTranslation("quiz.draw-count"));
        count.setId("draw-count");
        count.setMin(1);
        count.setValue(1);
        count.setStepButtonsVisible(true);
        FieldErrors errors = new FieldErrors(this).field("category", category).field("count", count)
                .field("slots", count);
        Button add = new Button(getTranslation("quiz.add"), VaadinIcon.RANDOM.create(), click -> {
            if (category.getValue() == null) {
                category.setErrorMessage(getTranslation("error.required"));
                category.setInvalid(true);
                return;
            }
            try {
                quizzes.addRandomDraw(course, quiz.itemKey(), category.getValue().id(),
                        count.getValue() == null ? 0 : count.getValue());
                reload.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        add.setId("add-draw");
        add.setEnabled(!categories.isEmpty());
        Div form = new Div(new H3(getTranslation("quiz.add-draw")), new Div(category, count, add));
        form.addClassName("slot-adder");
        return form;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, String subject, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), click -> {
            action.run();
            reload.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey) + ": " + subject);
        button.setTooltipText(getTranslation(labelKey));
        button.setEnabled(enabled);
        return button;
    }
}
