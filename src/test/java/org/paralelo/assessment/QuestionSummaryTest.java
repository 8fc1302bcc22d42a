package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bank list and the quiz's "Pregunta del banco" dropdown show a question as a reader sees it. */
class QuestionSummaryTest {

    @Test
    void the_excerpt_shows_markdown_as_plain_words() {
        assertThat(QuestionSummary.excerpt("¿Qué es un **gasto fijo**? Lee [la guía](https://example.org) y\n\n"
                + "- `renta`\n- _luz_")).isEqualTo("¿Qué es un gasto fijo? Lee la guía y renta luz");
    }

    @Test
    void markup_typed_in_a_question_stays_text() {
        assertThat(QuestionSummary.excerpt("<b>negritas</b> & <script>x</script>"))
                .isEqualTo("<b>negritas</b> & <script>x</script>");
    }

    @Test
    void a_long_question_is_cut_to_one_line_after_its_marks_are_removed() {
        String excerpt = QuestionSummary.excerpt("**" + "palabra ".repeat(40).strip() + "**");

        assertThat(excerpt).hasSize(QuestionSummary.EXCERPT_LENGTH).endsWith("…").doesNotContain("*");
    }
}
