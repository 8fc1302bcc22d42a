package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.paralelo.assessment.AttemptService;
import org.paralelo.assessment.LearnerQuiz.Choice;
import org.paralelo.assessment.LearnerQuiz.LearnerQuestion;
import org.paralelo.assessment.Response;

/**
 * The field a learner answers one question with, for each of the eight types, showing the saved answer and
 * reporting every change the learner makes (never the ones made here while filling it in). Read-only for review.
 * Every field carries the question as its accessible label; the visible question text sits above it.
 */
final class AnswerInput {

    private AnswerInput() {
    }

    static Component create(LearnerQuestion question, Response saved, boolean readOnly, String label,
                            Component translator, Consumer<Response> changed) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> singleChoice(question, saved, readOnly, label, changed);
            case MULTIPLE_CHOICE -> multipleChoice(question, saved, readOnly, label, changed);
            case TRUE_FALSE -> trueFalse(saved, readOnly, label, translator, changed);
            case SHORT_ANSWER, NUMERIC -> shortText(question, saved, readOnly, label, changed);
            case ESSAY -> essay(saved, readOnly, label, translator, changed);
            case MATCHING -> matching(question, saved, readOnly, translator, changed);
            case ORDERING -> ordering(question, saved, readOnly, translator, changed);
            case DESCRIPTION -> throw new IllegalArgumentException("A description takes no answer");
        };
    }

    private static Component singleChoice(LearnerQuestion question, Response saved, boolean readOnly, String label,
                                          Consumer<Response> changed) {
        RadioButtonGroup<Choice> group = new RadioButtonGroup<>();
        group.setAriaLabel(label);
        group.setItems(question.choices());
        group.setItemLabelGenerator(Choice::text);
        if (saved instanceof Response.Choices chosen) {
            question.choices().stream().filter(c -> chosen.optionKeys().contains(c.key())).findFirst()
                    .ifPresent(group::setValue);
        }
        group.setReadOnly(readOnly);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.accept(e.getValue() == null ? new Response.Unanswered()
                        : Response.Choices.of(e.getValue().key()));
            }
        });
        return group;
    }

    private static Component multipleChoice(LearnerQuestion question, Response saved, boolean readOnly, String label,
                                            Consumer<Response> changed) {
        CheckboxGroup<Choice> group = new CheckboxGroup<>();
        group.setAriaLabel(label);
        group.setItems(question.choices());
        group.setItemLabelGenerator(Choice::text);
        if (saved instanceof Response.Choices chosen) {
            group.setValue(question.choices().stream().filter(c -> chosen.optionKeys().contains(c.key()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        group.setReadOnly(readOnly);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.accept(new Response.Choices(e.getValue().stream().map(Choice::key)
                        .collect(Collectors.toSet())));
            }
        });
        return group;
    }

    private static Component trueFalse(Response saved, boolean readOnly, String label, Component t,
                                       Consumer<Response> changed) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setAriaLabel(label);
        group.setItems(true, false);
        group.setItemLabelGenerator(value -> t.getTranslation(value ? "attempt.true" : "attempt.false"));
        if (saved instanceof Response.TrueOrFalse answer) {
            group.setValue(answer.value());
        }
        group.setReadOnly(readOnly);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.accept(e.getValue() == null ? new Response.Unanswered()
                        : new Response.TrueOrFalse(e.getValue()));
            }
        });
        return group;
    }

    private static Component shortText(LearnerQuestion question, Response saved, boolean readOnly, String label,
                                       Consumer<Response> changed) {
        TextField field = new TextField();
        field.setAriaLabel(label);
        field.setWidthFull();
        field.setMaxWidth("24rem");
        if (question.type() == org.paralelo.assessment.QuestionType.NUMERIC) {
            field.getElement().setAttribute("inputmode", "decimal");
        }
        field.setValue(saved instanceof Response.Text text ? text.text() : "");
        field.setReadOnly(readOnly);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(800);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.accept(new Response.Text(e.getValue()));
            }
        });
        return field;
    }

    private static Component essay(Response saved, boolean readOnly, String label, Component t,
                                   Consumer<Response> changed) {
        TextArea area = new TextArea();
        area.setAriaLabel(label);
        area.setWidthFull();
        area.setMinRows(5);
        area.setMaxLength(AttemptService.MAX_ESSAY);
        area.setValue(saved instanceof Response.Text text ? text.text() : "");
        area.setReadOnly(readOnly);
        area.setHelperText(t.getTranslation("attempt.essay.count", area.getValue().length(), AttemptService.MAX_ESSAY));
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(1500);
        area.addValueChangeListener(e -> {
            area.setHelperText(t.getTranslation("attempt.essay.count", e.getValue().length(),
                    AttemptService.MAX_ESSAY));
            if (e.isFromClient()) {
                changed.accept(new Response.Text(e.getValue()));
            }
        });
        return area;
    }

    private static Component matching(LearnerQuestion question, Response saved, boolean readOnly, Component t,
                                      Consumer<Response> changed) {
        Div pairs = new Div();
        pairs.addClassName("matching");
        Map<String, String> chosen = new HashMap<>(saved instanceof Response.Matches m ? m.answerByPrompt() : Map.of());
        for (Choice prompt : question.prompts()) {
            Select<String> select = new Select<>();
            select.setLabel(prompt.text());
            select.setItems(question.answerChoices());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(t.getTranslation("attempt.choose"));
            select.setPlaceholder(t.getTranslation("attempt.choose"));
            if (chosen.containsKey(prompt.key())) {
                select.setValue(chosen.get(prompt.key()));
            }
            select.setReadOnly(readOnly);
            select.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    if (e.getValue() == null || e.getValue().isEmpty()) {
                        chosen.remove(prompt.key());
                    } else {
                        chosen.put(prompt.key(), e.getValue());
                    }
                    changed.accept(chosen.isEmpty() ? new Response.Unanswered() : new Response.Matches(chosen));
                }
            });
            pairs.add(select);
        }
        return pairs;
    }

    /**
     * Up and down buttons (keyboard-reachable, labelled with the item) instead of dragging. Until an order is saved,
     * "Guardar este orden" lets a learner who agrees with the order shown answer without moving anything (ordering
     * earns partial credit, so that answer can be worth points).
     */
    private static Component ordering(LearnerQuestion question, Response saved, boolean readOnly, Component t,
                                      Consumer<Response> changed) {
        Map<String, Choice> byKey = question.choices().stream().collect(Collectors.toMap(Choice::key, c -> c));
        List<Choice> order = new ArrayList<>();
        boolean answered = false;
        if (saved instanceof Response.Order o && Set.copyOf(o.itemKeys()).equals(byKey.keySet())) {
            o.itemKeys().forEach(k -> order.add(byKey.get(k)));
            answered = true;
        } else {
            order.addAll(question.choices());
        }
        Div list = new Div();
        list.addClassName("ordering");
        list.getElement().setAttribute("role", "list");
        Button keep = new Button(t.getTranslation("attempt.order.keep"));
        keep.addClassName("order-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
        keep.setVisible(!readOnly && !answered);
        Consumer<Response> save = response -> {
            keep.setVisible(false);
            changed.accept(response);
        };
        keep.addClickListener(click -> save.accept(new Response.Order(order.stream().map(Choice::key).toList())));
        // After a move the rows are redrawn; focus follows the moved item so the keyboard user keeps their place.
        int[] focus = {-1, 0};
        Runnable[] render = new Runnable[1];
        render[0] = () -> {
            list.removeAll();
            for (int i = 0; i < order.size(); i++) {
                int index = i;
                Choice item = order.get(i);
                Span text = new Span((i + 1) + ". " + item.text());
                text.addClassName("ordering-text");
                Div row = new Div(text);
                row.addClassName("ordering-row");
                row.getElement().setAttribute("role", "listitem");
                if (!readOnly) {
                    Button up = move(VaadinIcon.ARROW_UP, t.getTranslation("attempt.order.up", item.text()), i > 0,
                            () -> moved(order, index, index - 1, focus, -1, render[0], save));
                    Button down = move(VaadinIcon.ARROW_DOWN, t.getTranslation("attempt.order.down", item.text()),
                            i < order.size() - 1, () -> moved(order, index, index + 1, focus, 1, render[0], save));
                    row.add(up, down);
                    if (focus[0] == i) {
                        Button target = focus[1] < 0 ? (up.isEnabled() ? up : down) : (down.isEnabled() ? down : up);
                        target.focus();
                    }
                }
                list.add(row);
            }
        };
        render[0].run();
        if (readOnly) {
            return list;
        }
        Span hint = new Span(t.getTranslation("attempt.order.hint"));
        hint.addClassName("ordering-hint");
        return new Div(hint, list, keep);
    }

    private static void moved(List<Choice> order, int from, int to, int[] focus, int direction, Runnable render,
                              Consumer<Response> changed) {
        order.add(to, order.remove(from));
        focus[0] = to;
        focus[1] = direction;
        render.run();
        changed.accept(new Response.Order(order.stream().map(Choice::key).toList()));
    }

    private static Button move(VaadinIcon icon, String label, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClassName("order-move");
        button.setEnabled(enabled);
        return button;
    }
}
