package org.paralelo.learning.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.base.ui.FoldingFilters;
import org.paralelo.support.KaribuTest;

/**
 * The catalogue's filters fold behind "Filtros" on a phone (CSS hides the button on wider screens), and a count
 * heads the cards: it says what the filters left and keeps the headings in order (h1, h2, then the cards' h3).
 */
class CatalogueFiltersViewTest extends KaribuTest {

    @Test
    void the_filters_toggle_says_whether_the_filters_are_open_and_which_row_it_opens() {
        signIn("catalogo-plegable", "LEARNER");
        UI.getCurrent().navigate("cursos");

        FoldingFilters filters = _get(FoldingFilters.class, spec -> spec.withId("catalogue-filters"));
        Button toggle = _get(Button.class, spec -> spec.withId("catalogue-filters-toggle"));
        assertThat(toggle.getText()).isEqualTo("Filtros");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo("catalogue-filters-row");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(filters.hasClassName("open")).isFalse();

        _click(toggle);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(filters.hasClassName("open")).isTrue();

        _click(toggle);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(filters.hasClassName("open")).isFalse();
    }

    @Test
    void a_count_heads_the_cards_and_follows_the_filters() {
        signIn("catalogo-cuenta", "LEARNER");
        UI.getCurrent().navigate("cursos");
        H2 count = _get(H2.class, spec -> spec.withId("catalogue-count"));
        assertThat(count.getText()).isEqualTo(spanishCount(_find(CourseTile.class).size()));

        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = _get(ComboBox.class, spec -> spec.withId("catalogue-language"));
        _setValue(language, Languages.ENGLISH);
        assertThat(count.getText()).isEqualTo(spanishCount(_find(CourseTile.class).size()));
    }

    private static String spanishCount(int cards) {
        return switch (cards) {
            case 0 -> "Ningún curso";
            case 1 -> "Un curso";
            default -> cards + " cursos";
        };
    }

    @Test
    void the_toggle_speaks_english() {
        useLanguage(Languages.ENGLISH);
        signIn("catalogue-fold", "LEARNER");
        UI.getCurrent().navigate("cursos");

        assertThat(_get(Button.class, spec -> spec.withId("catalogue-filters-toggle")).getText()).isEqualTo("Filters");
        assertThat(_get(H2.class, spec -> spec.withId("catalogue-count")).getText())
                .matches("(One course|\\d+ courses|No courses)");
    }
}
