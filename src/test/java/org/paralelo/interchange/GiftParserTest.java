package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;

class GiftParserTest {

    private static Question only(String gift) {
        GiftResult result = GiftParser.parse(gift);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().getFirst().question();
    }

    private static Question question(String text, String general, QuestionBody body) {
        return new Question(text, BigDecimal.ONE, general, body);
    }

    private static SingleChoice.Option right(String text, String feedback) {
        return new SingleChoice.Option("", text, true, feedback);
    }

    private static SingleChoice.Option wrong(String text, String feedback) {
        return new SingleChoice.Option("", text, false, feedback);
    }

    private static MultipleChoice.Option credit(String credit, String text, String feedback) {
        return new MultipleChoice.Option("", text, new BigDecimal(credit), feedback);
    }

    @Test
    void a_single_choice_has_one_right_option_and_the_wrong_ones_in_order() {
        assertThat(only("¿Capital de Jalisco? {=Guadalajara ~Zapopan ~Tonalá}")).isEqualTo(question(
                "¿Capital de Jalisco?", "", new SingleChoice(List.of(right("Guadalajara", ""),
                        wrong("Zapopan", ""), wrong("Tonalá", "")))));
    }

    @Test
    void each_answer_keeps_its_own_feedback_and_the_general_feedback_follows_four_hashes() {
        assertThat(only("""
                Pregunta {
                =Sí#Correcto.
                ~No#Revisa la lección.
                ####Para saber más, lee la lección 2.
                }""")).isEqualTo(question("Pregunta", "Para saber más, lee la lección 2.", new SingleChoice(List.of(
                right("Sí", "Correcto."), wrong("No", "Revisa la lección.")))));
    }

    @Test
    void a_title_is_kept_apart_from_the_text_and_points_default_to_one() {
        Question question = only("::M1-01 Título::¿Texto? {=a ~b}");
        assertThat(question.title()).isEqualTo("M1-01 Título");
        assertThat(question.text()).isEqualTo("¿Texto?");
        assertThat(question.points()).isEqualByComparingTo("1");
    }

    @Test
    void a_paralelo_points_comment_gives_the_next_question_its_points_and_survives_writing() {
        GiftResult first = GiftParser.parse("""
                // paralelo: points=2.5
                ::Costos::La renta es un costo fijo. {T}

                Sin comentario {T}
                """);
        assertThat(first.problems()).isEmpty();
        assertThat(first.questions()).extracting(q -> q.question().points().toPlainString())
                .containsExactly("2.5", "1");
        String written = GiftWriter.write(first.questions());
        assertThat(written).contains("// paralelo: points=2.5\n::Costos::");
        assertThat(GiftParser.parse(written).questions()).extracting(ParsedQuestion::question)
                .isEqualTo(first.questions().stream().map(ParsedQuestion::question).toList());
    }

    @Test
    void a_question_without_a_title_has_an_empty_one() {
        assertThat(only("¿Texto? {=a ~b}").title()).isEmpty();
    }

    @Test
    void a_title_with_escaped_colons_survives_writing_and_reading_again() {
        GiftResult first = GiftParser.parse("::Costos\\: fijos y variables::La renta es un costo fijo. {T}");
        assertThat(first.questions().getFirst().question().title()).isEqualTo("Costos: fijos y variables");
        String written = GiftWriter.write(first.questions());
        assertThat(written).contains("::Costos\\: fijos y variables::");
        assertThat(GiftParser.parse(written).questions().getFirst().question())
                .isEqualTo(first.questions().getFirst().question());
    }

    @Test
    void weighted_options_make_a_multiple_choice_with_credits_as_percentages() {
        assertThat(only("""
                Elige {
                ~%50%Uno#Bien.
                ~%50%Dos
                ~%-100%Tres#Mal.
                ~Cuatro
                }""")).isEqualTo(question("Elige", "", new MultipleChoice(List.of(credit("50", "Uno", "Bien."),
                credit("50", "Dos", ""), credit("-100", "Tres", "Mal."), credit("0", "Cuatro", "")))));
    }

    @Test
    void three_thirds_of_moodle_add_up_to_full_credit() {
        Question question = only("Elige {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}");
        assertThat(question.body()).isEqualTo(new MultipleChoice(List.of(credit("33.33333", "a", ""),
                credit("33.33333", "b", ""), credit("33.33333", "c", ""), credit("-100", "d", ""))));
    }

    @Test
    void true_and_false_in_all_their_spellings() {
        assertThat(only("El cielo es azul. {T}").body()).isEqualTo(new TrueFalse(true, "", ""));
        assertThat(only("El cielo es azul. {TRUE}").body()).isEqualTo(new TrueFalse(true, "", ""));
        assertThat(only("El cielo es verde. {F}").body()).isEqualTo(new TrueFalse(false, "", ""));
        assertThat(only("El cielo es verde. {false}").body()).isEqualTo(new TrueFalse(false, "", ""));
    }

    @Test
    void true_false_feedback_goes_first_to_whoever_answers_wrong_then_to_whoever_answers_right() {
        assertThat(only("Es verde. {F#No lo es.#Correcto.####Mira el cielo.}")).isEqualTo(question("Es verde.",
                "Mira el cielo.", new TrueFalse(false, "No lo es.", "Correcto.")));
        assertThat(only("Es azul. {T#No.#Sí.}").body()).isEqualTo(new TrueFalse(true, "Sí.", "No."));
    }

    @Test
    void only_right_answers_make_a_short_answer_that_ignores_case_but_not_accents() {
        assertThat(only("¿Órgano municipal? {=cabildo#Bien. =el cabildo}")).isEqualTo(question(
                "¿Órgano municipal?", "", new ShortAnswer(List.of(new ShortAnswer.Accepted("cabildo", "Bien."),
                        new ShortAnswer.Accepted("el cabildo", "")), true, false, "")));
    }

    @Test
    void partial_credit_short_answers_keep_their_credit_and_feedback() {
        assertThat(only("¿Órgano? {=cabildo =%50%ayuntamiento#Casi. =%100%el cabildo}").body()).isEqualTo(
                new ShortAnswer(List.of(new ShortAnswer.Accepted("cabildo", ""),
                        new ShortAnswer.Accepted("ayuntamiento", new BigDecimal("50"), "Casi."),
                        new ShortAnswer.Accepted("el cabildo", "")), true, false, ""));
    }

    @Test
    void arrows_make_a_matching_question() {
        assertThat(only("""
                Relaciona {
                =Respetar -> No censurar
                =Proteger -> Impedir abusos
                ####Tres obligaciones.
                }""")).isEqualTo(question("Relaciona", "Tres obligaciones.", new Matching(List.of(
                new Matching.Pair("", "Respetar", "No censurar"), new Matching.Pair("", "Proteger",
                        "Impedir abusos")))));
    }

    @Test
    void a_numeric_answer_with_tolerance() {
        assertThat(only("¿Pi? {#3.14:0.01#Bien.}")).isEqualTo(question("¿Pi?", "",
                new Numeric("3.14", "0.01", "Bien.", "")));
    }

    @Test
    void a_numeric_answer_without_tolerance_is_exact() {
        assertThat(only("¿Doce? {#12}").body()).isEqualTo(new Numeric("12", "", "", ""));
    }

    @Test
    void a_numeric_answer_written_with_an_equals_sign_and_general_feedback() {
        assertThat(only("¿Cien? {#=100:0#Correcto.####Vida más cien años.}")).isEqualTo(question("¿Cien?",
                "Vida más cien años.", new Numeric("100", "0", "Correcto.", "")));
    }

    @Test
    void a_numeric_range_becomes_its_midpoint_and_half_its_width() {
        assertThat(only("¿Entre uno y cinco? {#1..5}").body()).isEqualTo(new Numeric("3", "2", "", ""));
        assertThat(only("¿Entre? {#1.5..2}").body()).isEqualTo(new Numeric("1.75", "0.25", "", ""));
    }

    @Test
    void several_numeric_answers_are_all_kept_with_their_credits_and_a_wrong_one_gives_the_incorrect_feedback() {
        assertThat(only("""
                ¿Año? {#
                =%50%1809:1#Casi.
                =1810:0#Exacto.
                =1811
                ~#Busca en la lección.
                }""").body()).isEqualTo(new Numeric(List.of(
                new Numeric.Answer("1809", "1", new BigDecimal("50"), "Casi."),
                new Numeric.Answer("1810", "0", new BigDecimal("100"), "Exacto."),
                new Numeric.Answer("1811", "", new BigDecimal("100"), "")), "Busca en la lección."));
    }

    @Test
    void empty_braces_make_an_essay_and_general_feedback_can_guide_it() {
        assertThat(only("Escribe un párrafo. {}")).isEqualTo(question("Escribe un párrafo.", "", new Essay("")));
        assertThat(only("Escribe. {####Una buena respuesta…}")).isEqualTo(question("Escribe.",
                "Una buena respuesta…", new Essay("")));
    }

    @Test
    void a_missing_word_question_leaves_a_blank_in_its_text() {
        assertThat(only("Mole {=poblano ~de olla} es de Puebla.")).isEqualTo(question(
                "Mole _____ es de Puebla.", "", new SingleChoice(List.of(right("poblano", ""), wrong("de olla", "")))));
    }

    @Test
    void categories_apply_to_the_questions_that_follow() {
        GiftResult result = GiftParser.parse("""
                Sin categoría {T}

                $CATEGORY: curso/modulo-1

                Primera {T}

                $CATEGORY: curso/modulo-2
                Segunda {F}
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ParsedQuestion::line, ParsedQuestion::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ""),
                        org.assertj.core.groups.Tuple.tuple(5, "curso/modulo-1"),
                        org.assertj.core.groups.Tuple.tuple(8, "curso/modulo-2"));
    }

    @Test
    void comment_lines_are_ignored_even_inside_a_question() {
        GiftResult result = GiftParser.parse("""
                // Autoevaluación del módulo 1
                // Curso: prueba
                Pregunta {
                // un comentario
                =a
                ~b
                }""");
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).singleElement().satisfies(q -> {
            assertThat(q.line()).isEqualTo(3);
            assertThat(q.question().body()).isEqualTo(new SingleChoice(List.of(right("a", ""), wrong("b", ""))));
        });
    }

    @Test
    void escaped_special_characters_become_plain_characters() {
        assertThat(only("Margen \\= precio \\~ costo\\: 2 \\# \\{x\\} {=a\\=b#c\\#d ~e\\~f}")).isEqualTo(question(
                "Margen = precio ~ costo: 2 # {x}", "", new SingleChoice(List.of(right("a=b", "c#d"),
                        wrong("e~f", "")))));
    }

    @Test
    void markdown_texts_are_kept_as_they_are_and_html_question_texts_become_markdown() {
        assertThat(only("[markdown]Un **texto** {T}").text()).isEqualTo("Un **texto**");
        assertThat(only("[html]<p>Un <b>texto</b></p> {T}").text()).isEqualTo("Un **texto**");
    }

    @Test
    void plain_question_texts_have_their_markdown_characters_escaped_but_options_stay_as_typed() {
        assertThat(only("[plain]Un *texto* con _guiones_ {=a*b ~c}")).isEqualTo(question(
                "Un \\*texto\\* con \\_guiones\\_", "", new SingleChoice(List.of(right("a*b", ""),
                        wrong("c", "")))));
    }

    @Test
    void a_question_may_span_several_lines_and_windows_line_ends() {
        GiftResult result = GiftParser.parse("Primera {\r\n=a\r\n~b\r\n}\r\n\r\nSegunda {T}\r\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ParsedQuestion::line).containsExactly(1, 6);
    }

    @Test
    void a_partial_credit_short_answer_is_read_without_a_warning() {
        GiftResult result = GiftParser.parse("""
                // comentario

                ::Autoridad::¿Qué órgano aprueba el presupuesto municipal?{=cabildo =%50%ayuntamiento}
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        ShortAnswer body = (ShortAnswer) result.questions().getFirst().question().body();
        assertThat(body.answers()).extracting(ShortAnswer.Accepted::text, a -> a.credit().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cabildo", "100"),
                        org.assertj.core.groups.Tuple.tuple("ayuntamiento", "50"));
    }
}
