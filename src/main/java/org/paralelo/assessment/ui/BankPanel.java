package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.CategoryView;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuestionSummary;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.courses.CourseId;

/**
 * The course's question bank: its categories, the questions of the chosen category, and the buttons to write,
 * edit and delete them. Only the course's trainers and admins get here; the service checks it again.
 */
class BankPanel extends Div {

    private final QuestionBankService bank;
    private final CourseId course;
    private final List<CategoryView> categories;
    private final @Nullable CategoryView selected;
    private final LongConsumer select;
    private final Runnable reload;

    BankPanel(QuestionBankService bank, CourseId course, @Nullable Long selectedCategory, LongConsumer select,
              Runnable reload) {
        this.bank = bank;
        this.course = course;
        this.select = select;
        this.reload = reload;
        this.categories = bank.categories(course);
        this.selected = categories.stream().filter(c -> selectedCategory != null && c.id() == selectedCategory)
                .findFirst().orElse(categories.isEmpty() ? null : categories.getFirst());
        addClassName("question-bank");

        Paragraph note = new Paragraph(getTranslation("bank.note"));
        note.addClassName("hint");
        add(new H2(getTranslation("bank.title")), note, categoryBar());
        if (categories.isEmpty()) {
            add(new Paragraph(getTranslation("bank.no-categories")));
            return;
        }
        add(questionList());
    }

    private Component categoryBar() {
        Select<CategoryView> chooser = new Select<>();
        chooser.setLabel(getTranslation("bank.category"));
        chooser.setId("bank-category");
        chooser.setItems(categories);
        chooser.setItemLabelGenerator(c -> getTranslation("bank.category-label", c.name(), c.questionCount()));
        chooser.setEmptySelectionAllowed(false);
        chooser.setEnabled(!categories.isEmpty());
        if (selected != null) {
            chooser.setValue(selected);
        }
        chooser.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                select.accept(change.getValue().id());
            }
        });

        Button create = new Button(getTranslation("bank.new-category"), VaadinIcon.PLUS.create(),
                click -> categoryDialog(null));
        create.setId("new-category");
        Button rename = new Button(getTranslation("bank.rename-category"), click -> categoryDialog(selected));
        rename.setId("rename-category");
        rename.setEnabled(selected != null);
        Button delete = new Button(getTranslation("bank.delete-category"), click -> confirm(
                selected == null ? "" : selected.name(), () -> bank.deleteCategory(course, selected.id())));
        delete.setId("delete-category");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setEnabled(selected != null);
        Div bar = new Div(chooser, create, rename, delete);
        bar.addClassName("bank-categories");
        return bar;
    }

    private Component questionList() {
        Div list = new Div();
        list.addClassName("bank-questions");
        Button create = new Button(getTranslation("bank.new-question"), VaadinIcon.PLUS.create(),
                click -> new QuestionDialog(bank, course, categories, selected == null ? null : selected.id(), null,
                        reload).open());
        create.setId("new-question");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        List<QuestionSummary> questions = selected == null ? List.of() : bank.questions(course, selected.id());
        if (questions.isEmpty()) {
            list.add(new Paragraph(getTranslation("bank.no-questions")));
        }
        NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
        for (QuestionSummary question : questions) {
            Span kind = new Span(getTranslation("question.type." + question.type().name()));
            kind.getElement().getThemeList().add("badge");
            Span text = new Span(question.excerpt());
            text.addClassName("question-excerpt");
            Span points = new Span(getTranslation("question.points-value", numbers.format(question.points())));
            Button edit = new Button(getTranslation("action.edit"), click -> new QuestionDialog(bank, course,
                    categories, question.categoryId(), bank.question(course, question.key()), reload).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("action.edit") + ": " + question.excerpt());
            Button delete = new Button(getTranslation("action.delete"), click -> confirm(question.excerpt(),
                    () -> bank.deleteQuestion(course, question.key())));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            delete.setAriaLabel(getTranslation("action.delete") + ": " + question.excerpt());
            Div actions = new Div(edit, delete);
            actions.addClassName("row-actions");
            Div row = new Div(kind, text, points, actions);
            row.addClassName("bank-question");
            row.getElement().setAttribute("data-question", question.key());
            list.add(row);
        }
        list.add(create);
        return list;
    }

    private void categoryDialog(@Nullable CategoryView existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "bank.new-category" : "bank.rename-category"));
        dialog.setWidth("min(480px, 100vw)");
        TextField name = new TextField(getTranslation("bank.category-name"));
        name.setId("category-name");
        name.setWidthFull();
        name.setMaxLength(120);
        if (existing != null) {
            name.setValue(existing.name());
        }
        FieldErrors errors = new FieldErrors(dialog).field("name", name);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                if (existing == null) {
                    select.accept(bank.createCategory(course, name.getValue()));
                } else {
                    bank.renameCategory(course, existing.id(), name.getValue(), existing.version());
                    reload.run();
                }
                dialog.close();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.setId("save-category");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void confirm(String name, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("action.delete"),
                getTranslation("bank.delete-confirm", name), getTranslation("action.delete"), event -> {
                    action.run();
                    reload.run();
                }, getTranslation("action.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
