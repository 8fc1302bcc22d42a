package org.paralelo.courses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.TopicView;

/** Starts a course with its details; the editor opens next. */
class NewCourseDialog extends Dialog {

    NewCourseDialog(CourseAuthoringService authoring, List<TopicView> topics, Consumer<CourseId> onCreated) {
        setHeaderTitle(getTranslation("authoring.new-course"));
        setId("new-course-dialog");
        setWidth("min(720px, 100vw)");
        CourseDetailsForm form = new CourseDetailsForm(topics);
        add(form);
        FieldErrors errors = new FieldErrors(this);
        form.registerFields(errors);
        Button create = new Button(getTranslation("action.create"), click -> {
            try {
                CourseId id = authoring.createCourse(form.value());
                close();
                onCreated.accept(id);
            } catch (InvalidInputException refused) {
                errors.show(refused);
                click.getSource().setEnabled(true);
            }
        });
        create.setId("create-course");
        create.setDisableOnClick(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }
}
