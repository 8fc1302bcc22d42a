package org.paralelo.assessment.ui;

import static org.paralelo.assessment.ui.BodyEditors.field;
import static org.paralelo.assessment.ui.BodyEditors.row;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;

/** A row of two text fields, numbered with their labels and ids: accepted answers and matching pairs. */
abstract class TwoFieldRow implements Rows.Row {
    final TextField first;
    final TextField second;
    private final String firstLabel;
    private final String firstId;
    private final String secondLabel;
    private final String secondId;

    TwoFieldRow(int firstMax, String firstLabel, String firstId, int secondMax, String secondLabel,
                String secondId) {
        this.first = field(firstMax);
        this.second = field(secondMax);
        this.firstLabel = firstLabel;
        this.firstId = firstId;
        this.secondLabel = secondLabel;
        this.secondId = secondId;
    }

    void fill(String firstValue, String secondValue) {
        first.setValue(firstValue);
        second.setValue(secondValue);
    }

    @Override
    public Component layout() {
        return row(first, second);
    }

    @Override
    public void number(int number) {
        first.setLabel(first.getTranslation(firstLabel, number));
        first.setId(firstId + (number - 1));
        second.setLabel(second.getTranslation(secondLabel, number));
        second.setId(secondId + (number - 1));
    }

    @Override
    public boolean blank() {
        return first.getValue().isBlank() && second.getValue().isBlank();
    }
}
