package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.interchange.GiftFixtures.accepted;
import static org.paralelo.interchange.GiftFixtures.body;
import static org.paralelo.interchange.GiftFixtures.only;
import static org.paralelo.interchange.GiftFixtures.question;
import static org.paralelo.interchange.GiftFixtures.right;
import static org.paralelo.interchange.GiftFixtures.roundTrip;
import static org.paralelo.interchange.GiftFixtures.wrong;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;
import org.paralelo.base.MarkdownRenderer;

/**
 * GIFT's {@code [html]} and {@code [plain]} formats read so that learners see what the author meant: HTML question
 * texts as Markdown, HTML options and feedback as their text, plain question texts escaped, plain options and
 * feedback as typed. Each fixture gives the exact structure it reads as, and comes back unchanged through the
 * writer.
 */
class GiftFormatsTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    /** What a learner's browser gets for the Markdown, without the renderer's closing line break. */
    private static String rendered(String markdown) {
        return RENDERER.toSafeHtml(markdown).strip();
    }

    @Nested
    class HtmlFormat {


        @Test
        void an_html_question_text_becomes_markdown_and_renders_as_formatting_not_as_tags() {
            Question read = only("[html]<p>Un <b>texto</b> con <i>énfasis</i>.</p><p>Segundo párrafo</p>{T}");
            assertThat(read.text()).isEqualTo("Un **texto** con *énfasis*.\n\nSegundo párrafo");
            assertThat(rendered(read.text()))
                    .isEqualTo("<p>Un <strong>texto</strong> con <em>énfasis</em>.</p>\n<p>Segundo párrafo</p>");
        }

        @Test
        void options_feedback_and_general_feedback_of_an_html_question_become_plain_text() {
            assertThat(only("""
                    [html]<p>¿Capital?</p>{
                    =<b>Guadalajara</b>#<p>¡<i>Bien</i>!</p>
                    ~Zapopan &amp; Tonalá#No<br>es la capital
                    ####<p>General &lt;importante&gt;</p>
                    }""")).isEqualTo(question("¿Capital?", "General <importante>", new SingleChoice(List.of(
                    right("Guadalajara", "¡Bien!"), wrong("Zapopan & Tonalá", "No\nes la capital")))));
        }

        @Test
        void scripts_styles_and_event_handlers_are_removed_before_conversion() {
            assertThat(only("[html]<p onclick=\"x()\">Hola</p><script>alert(1)</script><style>p \\{\\}</style> "
                    + "{=<span onmouseover\\=\"y()\">a</span><script>z()</script> ~b}")).isEqualTo(question("Hola", "",
                    new SingleChoice(List.of(right("a", ""), wrong("b", "")))));
        }

        @Test
        void text_that_looks_like_tags_or_markdown_stays_literal() {
            Question read = only("[html]<p>Escribe &lt;b&gt; o *esto* para 2 \\# 3</p>{T}");
            assertThat(read.text()).isEqualTo("Escribe \\<b\\> o \\*esto\\* para 2 # 3");
            assertThat(rendered(read.text())).isEqualTo("<p>Escribe &lt;b&gt; o *esto* para 2 # 3</p>");
        }

        @Test
        void a_missing_word_in_html_keeps_its_blank() {
            assertThat(only("[html]<p>El mole {=poblano ~de olla} es de Puebla.</p>")).isEqualTo(question(
                    "El mole _____ es de Puebla.", "", new SingleChoice(List.of(right("poblano", ""),
                            wrong("de olla", "")))));
        }

        @Test
        void matching_pairs_and_short_answers_in_html_become_plain_text() {
            assertThat(body("[html]Relaciona {=<b>Respetar</b> -> No <i>censurar</i> =Proteger -> Impedir}"))
                    .isEqualTo(new Matching(List.of(new Matching.Pair("", "Respetar", "No censurar"),
                            new Matching.Pair("", "Proteger", "Impedir"))));
            assertThat(body("[html]¿Órgano? {=<p>cabildo</p> =%50%<i>ayuntamiento</i>}")).isEqualTo(new ShortAnswer(
                    List.of(accepted("100", "cabildo", ""), accepted("50", "ayuntamiento", "")), true, false, ""));
        }

        @Test
        void true_false_feedback_in_html_becomes_plain_text() {
            assertThat(body("[html]Es azul. {T#<p>No.</p>#<b>Sí.</b>}")).isEqualTo(new TrueFalse(true, "Sí.", "No."));
        }

        @Test
        void an_answer_or_feedback_may_name_its_own_format() {
            assertThat(body("[markdown]¿Cuál? {=[html]<b>Sí</b>#[html]<i>Bien</i> ~[plain]*no*#[markdown]**x**}"))
                    .isEqualTo(new SingleChoice(List.of(right("Sí", "Bien"), wrong("*no*", "**x**"))));
        }

        @Test
        void an_html_question_read_once_comes_back_unchanged_through_the_writer() {
            Question read = only("""
                    [html]<h3>Caso</h3><p>Lee <a href="https://example.org/caso">el caso</a>:</p>\
                    <ul><li>Uno</li><li>Dos</li></ul>{
                    =<b>Sí</b>#<p>Bien</p>
                    ~%50%Casi
                    ~No
                    ####<p>Más en la lección 2.</p>
                    }""");
            assertThat(read.text()).isEqualTo("### Caso\n\nLee [el caso](https://example.org/caso):\n\n- Uno\n- Dos");
            roundTrip(read);
        }
    }

    @Nested
    class PlainFormat {


        @Test
        void a_plain_question_text_is_escaped_so_markdown_shows_it_as_typed() {
            Question read = only("[plain]2 * 3 \\= 6 y _no_ es <b> {T}");
            assertThat(read.text()).isEqualTo("2 \\* 3 = 6 y \\_no\\_ es \\<b\\>");
            assertThat(rendered(read.text())).isEqualTo("<p>2 * 3 = 6 y _no_ es &lt;b&gt;</p>");
        }

        @Test
        void a_plain_text_that_starts_like_a_heading_or_a_list_stays_a_paragraph() {
            assertThat(only("[plain]# no es título {T}").text()).isEqualTo("\\# no es título");
            assertThat(only("[plain]1. no es lista {T}").text()).isEqualTo("1\\. no es lista");
            assertThat(only("[plain]- tampoco {T}").text()).isEqualTo("\\- tampoco");
        }

        @Test
        void line_breaks_in_a_plain_text_are_kept() {
            Question read = only("[plain]Primera línea\\nsegunda línea {T}");
            assertThat(read.text()).isEqualTo("Primera línea\\\nsegunda línea");
            assertThat(rendered(read.text())).isEqualTo("<p>Primera línea<br>\nsegunda línea</p>");
        }

        @Test
        void options_and_their_feedback_stay_exactly_as_typed() {
            assertThat(body("[plain]¿Cuál? {=a*b#x_y ~[c] `d`#<e>}")).isEqualTo(new SingleChoice(List.of(
                    right("a*b", "x_y"), wrong("[c] `d`", "<e>"))));
        }

        @Test
        void matching_pairs_and_general_feedback_stay_exactly_as_typed() {
            assertThat(only("[plain]Relaciona {=a*b -> c_d =e\\#f -> [g]####*nota*}")).isEqualTo(question(
                    "Relaciona", "*nota*", new Matching(List.of(new Matching.Pair("", "a*b", "c_d"),
                            new Matching.Pair("", "e#f", "[g]")))));
        }

        @Test
        void a_plain_missing_word_keeps_its_blank_unescaped() {
            assertThat(only("[plain]El *mole* {=poblano ~de olla} es de Puebla.").text())
                    .isEqualTo("El \\*mole\\* _____ es de Puebla.");
        }

        @Test
        void a_plain_question_read_once_comes_back_unchanged_through_the_writer() {
            roundTrip(only("[plain]¿2 * 3? {=a*b#x_y ~%50%casi ~<c>####*nota*}"));
        }

        @Test
        void texts_that_start_like_a_format_name_are_written_so_they_stay_text() {
            String written = roundTrip(question("¿Cuál?", "[plain] general", new SingleChoice(List.of(
                    right("[html]<b>", "[plain]x"), wrong("[markdown]", "")))));
            assertThat(written).contains("=[markdown][html]<b>#[markdown][plain]x", "####[markdown][plain] general");
        }
    }
}
