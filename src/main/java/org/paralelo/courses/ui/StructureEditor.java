package org.paralelo.courses.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Refusals;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDraft;
import org.paralelo.courses.CourseDraft.ItemDraft;
import org.paralelo.courses.CourseDraft.ModuleDraft;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;

/**
 * Modules and their lessons and quizzes. Each can be dragged to a new place; the same moves are buttons
 * (up, down, "move to module") so keyboard and screen-reader users can do everything too.
 */
class StructureEditor extends Div {

    private final CourseAuthoringService authoring;
    private final CourseId course;
    private final CourseDraft draft;
    private final Runnable reload;

    StructureEditor(CourseAuthoringService authoring, CourseId course, CourseDraft draft, Runnable reload) {
        this.authoring = authoring;
        this.course = course;
        this.draft = draft;
        this.reload = reload;
        addClassName("structure");
        Button addModule = new Button(getTranslation("authoring.add-module"), VaadinIcon.PLUS.create(),
                click -> moduleDialog(null));
        addModule.setId("add-module");
        addModule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (draft.modules().isEmpty()) {
            add(new Paragraph(getTranslation("authoring.no-modules")));
        }
        List<ModuleDraft> modules = draft.modules();
        for (int i = 0; i < modules.size(); i++) {
            add(moduleCard(modules.get(i), i));
        }
        add(addModule);
    }

    private Component moduleCard(ModuleDraft module, int index) {
        H2 title = new H2(module.title());
        Div card = new Div();
        card.addClassName("module-card");
        card.getElement().setAttribute("data-module", module.key());
        Div toolbar = new Div(
                iconButton(VaadinIcon.ARROW_UP, "authoring.move-up", module.title(), index > 0,
                        () -> authoring.moveModule(course, module.key(), index - 1)),
                iconButton(VaadinIcon.ARROW_DOWN, "authoring.move-down", module.title(),
                        index < draft.modules().size() - 1, () -> authoring.moveModule(course, module.key(), index + 1)),
                textButton("action.edit", module.title(), () -> moduleDialog(module)),
                textButton("action.delete", module.title(), () -> confirmDelete(module.title(),
                        () -> authoring.removeModule(course, module.key()))));
        toolbar.addClassName("row-actions");
        Span handle = new Span(getTranslation("authoring.drag-handle"));
        handle.addClassName("drag-handle");
        handle.getElement().setAttribute("aria-hidden", "true");
        Div head = new Div(handle, title, toolbar);
        head.addClassName("module-head");
        card.add(head);
        // Modules are dragged by their heading and dropped on another module's heading to take its place.
        DragSource<Div> dragModule = DragSource.create(head);
        dragModule.setDragData("module:" + module.key());
        DropTarget<Div> dropModule = DropTarget.create(head);
        dropModule.addDropListener(drop -> drop.getDragData().map(String::valueOf)
                .filter(data -> data.startsWith("module:") && !data.equals("module:" + module.key()))
                .ifPresent(data -> act(() -> authoring.moveModule(course, data.substring("module:".length()), index))));
        if (!module.objectives().isBlank()) {
            Paragraph objectives = new Paragraph(module.objectives());
            objectives.addClassName("objectives");
            card.add(objectives);
        }
        Div items = new Div();
        items.addClassName("item-list");
        for (int i = 0; i < module.items().size(); i++) {
            items.add(itemRow(module, module.items().get(i), i));
        }
        if (module.items().isEmpty()) {
            items.add(new Paragraph(getTranslation("authoring.no-items")));
        }
        // Dropping on the list's empty space puts the item at the end of this module.
        DropTarget<Div> endOfList = DropTarget.create(items);
        endOfList.addDropListener(drop -> drop.getDragData().map(String::valueOf)
                .filter(key -> !key.startsWith("module:"))
                .ifPresent(key -> act(() -> authoring.moveItem(course, key, module.key(), module.items().size()))));
        card.add(items);

        Button lesson = new Button(getTranslation("authoring.add-lesson"), VaadinIcon.FILE_TEXT_O.create(),
                click -> itemDialog(module, ItemKind.LESSON));
        lesson.addClassName("add-lesson");
        Button quiz = new Button(getTranslation("authoring.add-quiz"), VaadinIcon.QUESTION_CIRCLE_O.create(),
                click -> itemDialog(module, ItemKind.QUIZ));
        quiz.addClassName("add-quiz");
        Div adders = new Div(lesson, quiz);
        adders.addClassName("row-actions");
        card.add(adders);
        return card;
    }

    private Component itemRow(ModuleDraft module, ItemDraft item, int index) {
        Icon icon = (item.kind() == ItemKind.LESSON ? VaadinIcon.FILE_TEXT_O : VaadinIcon.QUESTION_CIRCLE_O).create();
        icon.setTooltipText(getTranslation("authoring.kind." + item.kind().name()));
        String href = item.kind() == ItemKind.LESSON ? AuthoringPaths.lessonEditor(course, item.key())
                : AuthoringPaths.quizEditor(course, item.key());
        Anchor title = new Anchor(href, item.title());
        title.addClassName("item-title");
        Span required = new Span(getTranslation(item.required() ? "authoring.required" : "authoring.optional"));
        required.getElement().getThemeList().add(item.required() ? "badge" : "badge contrast");

        Select<ModuleDraft> moveTo = new Select<>();
        // A visible label: the placeholder alone left an empty box once the page was read aloud or styled away.
        moveTo.setLabel(getTranslation("authoring.move-to"));
        moveTo.setAriaLabel(getTranslation("authoring.move-to-module", item.title()));
        moveTo.setItems(draft.modules().stream().filter(m -> !m.key().equals(module.key())).toList());
        moveTo.setItemLabelGenerator(ModuleDraft::title);
        moveTo.setEnabled(draft.modules().size() > 1);
        moveTo.addClassName("move-to");
        moveTo.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                act(() -> authoring.moveItem(course, item.key(), change.getValue().key(),
                        change.getValue().items().size()));
            }
        });
        Div actions = new Div(
                iconButton(VaadinIcon.ARROW_UP, "authoring.move-up", item.title(), index > 0,
                        () -> authoring.moveItem(course, item.key(), module.key(), index - 1)),
                iconButton(VaadinIcon.ARROW_DOWN, "authoring.move-down", item.title(),
                        index < module.items().size() - 1,
                        () -> authoring.moveItem(course, item.key(), module.key(), index + 1)),
                moveTo,
                textButton("action.delete", item.title(), () -> confirmDelete(item.title(),
                        () -> authoring.removeItem(course, item.key()))));
        actions.addClassName("row-actions");

        Div row = new Div(new Span(getTranslation("authoring.drag-handle")), icon, title, required, actions);
        row.getChildren().findFirst().ifPresent(handle -> {
            handle.addClassName("drag-handle");
            // Decoration for pointer users; keyboard and screen-reader users move items with the buttons.
            handle.getElement().setAttribute("aria-hidden", "true");
        });
        row.addClassName("item-row");
        row.getElement().setAttribute("data-item", item.key());
        DragSource<Div> drag = DragSource.create(row);
        drag.setDragData(item.key());
        DropTarget<Div> drop = DropTarget.create(row);
        drop.addDropListener(event -> event.getDragData().map(String::valueOf)
                .filter(key -> !key.startsWith("module:") && !key.equals(item.key()))
                .ifPresent(key -> act(() -> authoring.moveItem(course, key, module.key(), index))));
        return row;
    }

    private void moduleDialog(@Nullable ModuleDraft existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "authoring.add-module" : "authoring.edit-module"));
        dialog.setWidth("min(640px, 100vw)");
        TextField title = new TextField(getTranslation("authoring.module-title"));
        title.setId("module-title");
        title.setWidthFull();
        title.setMaxLength(200);
        TextArea objectives = new TextArea(getTranslation("authoring.objectives"));
        objectives.setId("module-objectives");
        objectives.setWidthFull();
        objectives.setMaxLength(4000);
        objectives.setHelperText(getTranslation("authoring.objectives-help"));
        if (existing != null) {
            title.setValue(existing.title());
            objectives.setValue(existing.objectives());
        }
        FieldErrors errors = new FieldErrors(dialog).field("title", title).field("objectives", objectives);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                if (existing == null) {
                    authoring.addModule(course, title.getValue(), objectives.getValue());
                } else {
                    authoring.updateModule(course, existing.key(), title.getValue(), objectives.getValue(),
                            existing.version());
                }
                dialog.close();
                reload.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.setId("save-module");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(title, objectives);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void itemDialog(ModuleDraft module, ItemKind kind) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(kind == ItemKind.LESSON ? "authoring.add-lesson" : "authoring.add-quiz"));
        dialog.setWidth("min(560px, 100vw)");
        TextField title = new TextField(getTranslation("authoring.item-title"));
        title.setId("item-title");
        title.setWidthFull();
        title.setMaxLength(200);
        Checkbox required = new Checkbox(getTranslation("authoring.required-item"), true);
        required.setId("item-required");
        FieldErrors errors = new FieldErrors(dialog).field("title", title);
        Button save = new Button(getTranslation("action.create"), click -> {
            try {
                String key = authoring.addItem(course, module.key(), kind, title.getValue(), required.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(kind == ItemKind.LESSON ? AuthoringPaths.lessonEditor(course, key)
                        : AuthoringPaths.quizEditor(course, key)));
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.setId("create-item");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(title, required);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(String name, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("action.delete"),
                getTranslation("authoring.delete-confirm", name), getTranslation("action.delete"),
                event -> act(action), getTranslation("action.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Button iconButton(VaadinIcon icon, String labelKey, String subject, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), click -> act(action));
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey) + ": " + subject);
        button.setTooltipText(getTranslation(labelKey));
        button.setEnabled(enabled);
        return button;
    }

    private Button textButton(String labelKey, String subject, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey) + ": " + subject);
        return button;
    }

    private void act(Runnable change) {
        Refusals.attempt(this, change);
        reload.run();
    }
}
