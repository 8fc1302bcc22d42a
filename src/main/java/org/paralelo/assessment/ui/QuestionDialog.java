package org.paralelo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.CategoryView;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuestionType;
import org.paralelo.assessment.QuestionView;
import org.paralelo.assessment.QuizService;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.courses.CourseId;

/**
 * Writes or edits one bank question: first its type, then the fields every question has (category, text, points,
 * general feedback) and the type's own form. The whole question is checked by the service on saving; refusals
 * appear under the fields concerned and nothing is stored.
 */
class QuestionDialog extends Dialog {

    private final QuestionBankService bank;
    private final CourseId course;
    private final @Nullable QuestionView existing;
    private final Runnable saved;
    /** Where a new question goes: the bank alone, or the bank and then the quiz it was written from. */
    private final NewQuestion create;
    private final Select<QuestionType> type = new Select<>();
    private final Select<CategoryView> category = new Select<>();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final BigDecimalField points = new BigDecimalField();
    private final TextField idNumber = new TextField();
    private final TextField tags = new TextField();
    private final TextArea generalFeedback = new TextArea();
    private final Div editorHolder = new Div();
    private BodyEditor editor;
    private FieldErrors errors;

    /** Stores a new question; a null category means the quiz's own (only when written from a quiz). */
    @FunctionalInterface
    interface NewQuestion {
        void create(@Nullable Long categoryId, Question question);
    }

    QuestionDialog(QuestionBankService bank, CourseId course, List<CategoryView> categories,
                   @Nullable Long categoryId, @Nullable QuestionView existing, Runnable saved) {
        this(bank, course, categories, categoryId, existing, saved,
                (category, question) -> bank.createQuestion(course, category == null ? 0 : category, question));
    }

    /**
     * Writes a new question from the quiz editor: saving stores it in the bank (in the chosen category, or the
     * quiz's own one made on demand) and adds it to the end of the quiz.
     */
    static QuestionDialog forQuiz(QuestionBankService bank, QuizService quizzes, CourseId course, String itemKey,
                                  List<CategoryView> categories, Runnable saved) {
        QuestionDialog dialog = new QuestionDialog(bank, course, categories, null, null, saved,
                (category, question) -> quizzes.writeQuestion(course, itemKey, category, question));
        dialog.category.setHelperText(dialog.getTranslation("quiz.write-question.category-help"));
        String quizCategory = dialog.getTranslation("quiz.write-question.quiz-category");
        // The empty item (the quiz's own category) goes through the label generator too.
        dialog.category.setItemLabelGenerator(c -> c == null ? quizCategory : c.name());
        dialog.category.setEmptySelectionCaption(quizCategory);
        dialog.category.setEmptySelectionAllowed(true);
        return dialog;
    }

    private QuestionDialog(QuestionBankService bank, CourseId course, List<CategoryView> categories,
                           @Nullable Long categoryId, @Nullable QuestionView existing, Runnable saved,
                           NewQuestion create) {
        this.bank = bank;
        this.course = course;
        this.existing = existing;
        this.saved = saved;
        this.create = create;
        setHeaderTitle(getTranslation(existing == null ? "bank.new-question" : "bank.edit-question"));
        setWidth("min(900px, 100vw)");

        type.setLabel(getTranslation("question.type"));
        type.setId("question-type");
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("question.type." + t.name()));
        type.setValue(existing == null ? QuestionType.SINGLE_CHOICE : existing.question().type());
        // The type of a saved question never changes: answers already given must keep their meaning.
        type.setEnabled(existing == null);
        type.setHelperText(existing == null ? null : getTranslation("question.type-fixed"));

        category.setLabel(getTranslation("bank.category"));
        category.setId("question-category");
        category.setItems(categories);
        category.setItemLabelGenerator(CategoryView::name);
        Long selected = existing == null ? categoryId : Long.valueOf(existing.categoryId());
        categories.stream().filter(c -> selected != null && c.id() == selected).findFirst()
                .ifPresent(category::setValue);

        title.setLabel(getTranslation("question.title"));
        title.setHelperText(getTranslation("question.title-help"));
        title.setId("question-title");
        title.setWidthFull();
        title.setMaxLength(Question.MAX_TITLE);
        text.setLabel(getTranslation("question.text"));
        text.setHelperText(getTranslation("question.text-help"));
        text.setId("question-text");
        text.setWidthFull();
        text.setMinRows(3);
        text.setMaxLength(Question.MAX_TEXT);
        idNumber.setLabel(getTranslation("question.id-number"));
        idNumber.setHelperText(getTranslation("question.id-number-help"));
        idNumber.setId("question-id-number");
        idNumber.setMaxLength(Question.MAX_ID_NUMBER);
        tags.setLabel(getTranslation("question.tags"));
        tags.setHelperText(getTranslation("question.tags-help"));
        tags.setId("question-tags");
        tags.setWidthFull();
        points.setLabel(getTranslation("question.points"));
        points.setId("question-points");
        points.setWidth("10em");
        generalFeedback.setLabel(getTranslation("question.general-feedback"));
        generalFeedback.setHelperText(getTranslation("question.general-feedback-help"));
        generalFeedback.setId("question-general-feedback");
        generalFeedback.setWidthFull();
        generalFeedback.setMaxLength(Question.MAX_GENERAL_FEEDBACK);
        if (existing == null) {
            points.setValue(BigDecimal.ONE);
        } else {
            title.setValue(existing.question().title());
            text.setValue(existing.question().text());
            points.setValue(existing.question().points());
            generalFeedback.setValue(existing.question().generalFeedback());
            idNumber.setValue(existing.question().idNumber());
            tags.setValue(String.join(", ", existing.question().tags()));
        }

        editor = BodyEditors.of(type.getValue(), existing == null ? null : existing.question().body());
        editorHolder.add(editor.component());
        editorHolder.addClassName("question-type-form");
        // A description is worth no points and has no feedback to give.
        points.setVisible(type.getValue().answered());
        generalFeedback.setVisible(type.getValue().answered());
        type.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                editor = BodyEditors.of(change.getValue(), null);
                editorHolder.removeAll();
                editorHolder.add(editor.component());
                points.setVisible(change.getValue().answered());
                generalFeedback.setVisible(change.getValue().answered());
            }
        });
        errors = new FieldErrors(this);

        Div common = new Div(type, category, points);
        common.addClassName("question-common");
        Div marks = new Div(idNumber, tags);
        marks.addClassName("question-common");
        add(common, title, text, editorHolder, generalFeedback, marks);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-question");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        errors.clear();
        List<String> tagList = Arrays.stream(tags.getValue().split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList();
        Question question = new Question(text.getValue(), points.getValue() == null ? BigDecimal.ZERO
                : points.getValue(), generalFeedback.getValue(), editor.body(), title.getValue(),
                idNumber.getValue(), tagList);
        errors = new FieldErrors(this).field("title", title).field("text", text).field("points", points)
                .field("generalFeedback", generalFeedback).field("category", category)
                .field("idNumber", idNumber).field("tags", tags);
        for (int i = 0; i < tagList.size(); i++) {
            errors.field("tags." + i, tags);
        }
        editor.bind(errors);
        Long categoryId = category.getValue() == null ? null : category.getValue().id();
        try {
            if (existing == null) {
                create.create(categoryId, question);
            } else {
                bank.updateQuestion(course, existing.key(), categoryId == null ? 0 : categoryId, question,
                        existing.version());
            }
            Notifications.success(getTranslation("bank.question-saved"));
            close();
            saved.run();
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }
}
