package org.paralelo.courses.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * Asks for an uploaded image's description (its alt text) before the image goes into the lesson: people who use a
 * screen reader, or whose slow connection does not load the picture, get this text instead. The file name is only
 * a start; a picture that is pure decoration may be marked so and gets an empty description on purpose.
 */
class AltTextDialog extends Dialog {

    static final int MAX_LENGTH = 250;

    private final TextField description = new TextField();
    private final Checkbox decorative = new Checkbox();

    AltTextDialog(String suggestion, Consumer<String> insert) {
        setHeaderTitle(getTranslation("alt-text.title"));
        setWidth("min(560px, 100vw)");
        description.setLabel(getTranslation("alt-text.description"));
        description.setHelperText(getTranslation("alt-text.help"));
        description.setId("alt-text");
        description.setWidthFull();
        description.setMaxLength(MAX_LENGTH);
        description.setRequiredIndicatorVisible(true);
        description.setValue(suggestion);
        description.setAutoselect(true);
        decorative.setLabel(getTranslation("alt-text.decorative"));
        decorative.setId("alt-text-decorative");
        decorative.addValueChangeListener(change -> {
            description.setEnabled(!change.getValue());
            description.setInvalid(false);
        });
        add(new Paragraph(getTranslation("alt-text.intro")), description, decorative);

        Button confirm = new Button(getTranslation("alt-text.insert"), click -> confirm(insert));
        confirm.setId("alt-text-insert");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                description.focus();
            }
        });
    }

    private void confirm(Consumer<String> insert) {
        String text = decorative.getValue() ? "" : clean(description.getValue());
        if (!decorative.getValue() && text.isEmpty()) {
            description.setErrorMessage(getTranslation("alt-text.required"));
            description.setInvalid(true);
            return;
        }
        close();
        insert.accept(text);
    }

    /** One line, without the brackets that would end the Markdown image early. */
    static String clean(String text) {
        return text.replaceAll("[\\[\\]]", " ").replaceAll("\\s+", " ").strip();
    }
}
