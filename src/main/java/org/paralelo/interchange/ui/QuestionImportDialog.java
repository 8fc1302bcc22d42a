package org.paralelo.interchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.paralelo.base.ui.Notifications;
import org.paralelo.courses.CourseCard;
import org.paralelo.interchange.QuestionImportReport;
import org.paralelo.interchange.QuestionImportService;

/**
 * GIFT, Moodle XML or Aiken questions into a course's bank: paste the file's text, check it (a line per question),
 * then import the good ones, or none if "all or nothing" is ticked and something is refused.
 */
class QuestionImportDialog extends Dialog {

    private final TextArea text = new TextArea();
    private final RadioButtonGroup<String> format = new RadioButtonGroup<>();
    private final Checkbox allOrNothing = new Checkbox();
    private final Div report = new Div();

    QuestionImportDialog(QuestionImportService questions, CourseCard course) {
        setHeaderTitle(getTranslation("interchange.ui.questions-title", course.title()));
        text.setLabel(getTranslation("interchange.ui.questions-text"));
        text.setWidthFull();
        text.setMaxLength(2_000_000);
        text.setId("questions-text");
        format.setLabel(getTranslation("interchange.ui.questions-format"));
        format.setItems("GIFT", "Aiken");
        // Moodle XML is told from GIFT by its text, so one choice covers both.
        format.setItemLabelGenerator(f -> f.equals("GIFT") ? getTranslation("interchange.ui.format-gift-or-xml") : f);
        format.setValue("GIFT");
        allOrNothing.setLabel(getTranslation("interchange.ui.all-or-nothing"));
        allOrNothing.setId("questions-all-or-nothing");
        report.setId("questions-report");
        Button check = new Button(getTranslation("interchange.ui.questions-check"), click -> show(
                questions.preview(course.id(), text.getValue(), isAiken())));
        check.setId("questions-check");
        Button importNow = new Button(getTranslation("interchange.ui.questions-import"), click -> {
            QuestionImportReport done = questions.importQuestions(course.id(), text.getValue(), isAiken(),
                    allOrNothing.getValue());
            show(done);
            if (done.applied()) {
                Notifications.success(getTranslation("interchange.ui.questions-stored", done.stored()));
            } else {
                Notifications.error(getTranslation("interchange.ui.questions-none", done.errors()));
            }
        });
        importNow.setId("questions-import");
        importNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, format, allOrNothing, report);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), check, importNow);
        setWidth("min(48rem, 100vw)");
    }

    private boolean isAiken() {
        return "Aiken".equals(format.getValue());
    }

    private void show(QuestionImportReport result) {
        report.removeAll();
        report.add(new Paragraph(getTranslation("interchange.ui.questions-summary", result.lines().size(),
                result.errors())));
        UnorderedList list = new UnorderedList();
        result.lines().forEach(line -> list.add(new ListItem(getTranslation("interchange.ui.questions-line",
                line.line(), getTranslation("interchange.ui.status." + line.status()))
                + (line.excerpt().isEmpty() ? "" : " «" + line.excerpt() + "»")
                + (line.messageKey().isEmpty() ? ""
                        : " — " + getTranslation(line.displayKey(), line.messageArguments())))));
        report.add(list);
    }
}
