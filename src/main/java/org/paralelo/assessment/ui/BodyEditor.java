package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.base.ui.FieldErrors;

/** One type's form: reads its fields into a body, and tells the form's error map where each field is. */
interface BodyEditor {
    Component component();

    QuestionBody body();

    void bind(FieldErrors errors);
}
