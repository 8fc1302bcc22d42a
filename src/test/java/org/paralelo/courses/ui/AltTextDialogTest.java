package org.paralelo.courses.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.support.KaribuTest;

/** The description asked for when an image is uploaded into a lesson. */
class AltTextDialogTest extends KaribuTest {

    private final List<String> inserted = new ArrayList<>();

    private void open(String suggestion) {
        signIn("autora-alt", "TRAINER");
        new AltTextDialog(suggestion, inserted::add).open();
    }

    @Test
    void the_file_name_is_offered_as_a_start_and_the_written_description_is_inserted() {
        open("cartel del festival");
        TextField description = _get(TextField.class, spec -> spec.withId("alt-text"));
        assertThat(description.getValue()).isEqualTo("cartel del festival");
        assertThat(description.getLabel()).isEqualTo("Descripción de la imagen");

        _setValue(description, "Cartel del Festival de la Sierra con las fechas de función");
        _click(_get(Button.class, spec -> spec.withId("alt-text-insert")));

        assertThat(inserted).containsExactly("Cartel del Festival de la Sierra con las fechas de función");
    }

    @Test
    void an_empty_description_is_refused_until_the_image_is_marked_decorative() {
        open("");
        _click(_get(Button.class, spec -> spec.withId("alt-text-insert")));
        TextField description = _get(TextField.class, spec -> spec.withId("alt-text"));
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo(
                "Escribe una descripción o marca la imagen como decorativa.");
        assertThat(inserted).isEmpty();

        _setValue(_get(Checkbox.class, spec -> spec.withId("alt-text-decorative")), true);
        _click(_get(Button.class, spec -> spec.withId("alt-text-insert")));

        assertThat(inserted).containsExactly("");
    }

    @Test
    void brackets_and_line_breaks_that_would_break_the_markdown_image_are_taken_out() {
        open("x");
        _setValue(_get(TextField.class, spec -> spec.withId("alt-text")), "Mapa ]](javascript:alert(1))\n[de] Oaxaca");
        _click(_get(Button.class, spec -> spec.withId("alt-text-insert")));

        assertThat(inserted).singleElement().asString().doesNotContain("[", "]", "\n")
                .isEqualTo("Mapa (javascript:alert(1)) de Oaxaca");
    }
}
