package org.paralelo.assessment.ui;

import static org.paralelo.assessment.ui.BodyEditors.field;
import static org.paralelo.assessment.ui.BodyEditors.row;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.base.ui.FieldErrors;

final class OrderingEditor extends Div implements BodyEditor {

    private final Rows<Item> rows;

    OrderingEditor(@Nullable Ordering existing) {
        rows = new Rows<>(getTranslation("question.items"), getTranslation("question.add-item"), "add-item",
                Item::new, true);
        if (existing == null) {
            for (int i = 0; i < 3; i++) {
                rows.add(new Item());
            }
        } else {
            existing.items().forEach(i -> rows.add(new Item()).fill(i.key(), i.text()));
        }
        add(rows);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public QuestionBody body() {
        return new Ordering(rows.filled().stream().map(i -> new Ordering.Item(i.key, i.text.getValue()))
                .toList());
    }

    @Override
    public void bind(FieldErrors errors) {
        errors.field("items", rows.error());
        List<Item> sent = rows.sent();
        for (int i = 0; i < sent.size(); i++) {
            errors.field("items." + i + ".text", sent.get(i).text);
        }
    }

    private static final class Item implements Rows.Row {
        private String key = "";
        private final TextField text = field(QuestionBody.MAX_OPTION_TEXT);

        void fill(String key, String text) {
            this.key = key;
            this.text.setValue(text);
        }

        @Override
        public Component layout() {
            return row(text);
        }

        @Override
        public void number(int number) {
            text.setLabel(text.getTranslation("question.item", number));
            text.setId("item-text-" + (number - 1));
        }

        @Override
        public boolean blank() {
            return text.getValue().isBlank();
        }
    }
}
