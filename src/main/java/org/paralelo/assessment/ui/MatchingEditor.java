package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.base.ui.FieldErrors;

final class MatchingEditor extends Div implements BodyEditor {

    private final Rows<Pair> rows;

    MatchingEditor(@Nullable Matching existing) {
        rows = new Rows<>(getTranslation("question.pairs"), getTranslation("question.add-pair"), "add-pair",
                Pair::new, false);
        if (existing == null) {
            for (int i = 0; i < 3; i++) {
                rows.add(new Pair());
            }
        } else {
            existing.pairs().forEach(p -> rows.add(new Pair()).fill(p.key(), p.prompt(), p.answer()));
        }
        add(rows);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public QuestionBody body() {
        return new Matching(rows.filled().stream().map(p -> new Matching.Pair(p.key, p.first.getValue(),
                p.second.getValue())).toList());
    }

    @Override
    public void bind(FieldErrors errors) {
        errors.field("pairs", rows.error());
        List<Pair> sent = rows.sent();
        for (int i = 0; i < sent.size(); i++) {
            errors.field("pairs." + i + ".prompt", sent.get(i).first)
                    .field("pairs." + i + ".answer", sent.get(i).second);
        }
    }

    private static final class Pair extends TwoFieldRow {
        private String key = "";

        Pair() {
            super(QuestionBody.MAX_OPTION_TEXT, "question.pair-prompt", "pair-prompt-",
                    QuestionBody.MAX_OPTION_TEXT, "question.pair-answer", "pair-answer-");
        }

        void fill(String key, String prompt, String answer) {
            this.key = key;
            fill(prompt, answer);
        }
    }
}
