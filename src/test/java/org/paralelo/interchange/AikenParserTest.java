package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody.SingleChoice;

class AikenParserTest {

    @Test
    void options_with_dots_or_parentheses_and_the_answer_letter_make_a_single_choice() {
        GiftResult result = AikenParser.parse("""
                ¿Cuál es la capital de Oaxaca?
                A. Oaxaca de Juárez
                B. Puebla
                C) Tlaxcala
                ANSWER: A

                ¿Qué color resulta de azul y amarillo?
                A) Rojo
                B) Verde
                ANSWER: B
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ParsedQuestion::line, ParsedQuestion::category,
                ParsedQuestion::question).containsExactly(
                tuple(1, "", new Question("¿Cuál es la capital de Oaxaca?", BigDecimal.ONE, "", new SingleChoice(
                        List.of(new SingleChoice.Option("", "Oaxaca de Juárez", true, ""),
                                new SingleChoice.Option("", "Puebla", false, ""),
                                new SingleChoice.Option("", "Tlaxcala", false, ""))))),
                tuple(7, "", new Question("¿Qué color resulta de azul y amarillo?", BigDecimal.ONE, "",
                        new SingleChoice(List.of(new SingleChoice.Option("", "Rojo", false, ""),
                                new SingleChoice.Option("", "Verde", true, ""))))));
    }

    @Test
    void a_question_may_take_several_lines_and_questions_need_no_blank_line_between_them() {
        GiftResult result = AikenParser.parse("Primera línea\nsegunda línea\nA. sí\nB. no\nANSWER: b\n"
                + "Otra\nA. x\nB. y\nANSWER: A");
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(q -> q.question().text(), ParsedQuestion::line)
                .containsExactly(tuple("Primera línea\nsegunda línea", 1), tuple("Otra", 6));
    }

    @Test
    void broken_questions_name_their_line_and_the_others_are_still_read() {
        GiftResult result = AikenParser.parse("""
                Buena
                A. a
                B. b
                ANSWER: A

                Letra inexistente
                A. a
                B. b
                ANSWER: D

                Sin opciones
                ANSWER: A

                Sin respuesta
                A. a
                B. b

                Una sola opción
                A. a
                ANSWER: A

                Buena al final
                A. a
                B. b
                ANSWER: B
                """);
        assertThat(result.questions()).extracting(ParsedQuestion::line).containsExactly(1, 22);
        assertThat(result.problems()).extracting(GiftProblem::line, GiftProblem::messageKey).containsExactly(
                tuple(9, "interchange.aiken.bad-answer"), tuple(11, "interchange.aiken.no-options"),
                tuple(14, "interchange.aiken.no-answer"), tuple(18, "error.question.too-few-options"));
    }

    @Test
    void an_option_or_answer_without_a_question_and_a_missing_last_answer_are_reported() {
        GiftResult result = AikenParser.parse("A. suelta\nANSWER: A\n\nAl final\nA. a\nB. b");
        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).extracting(GiftProblem::line, GiftProblem::messageKey).containsExactly(
                tuple(1, "interchange.aiken.no-question"), tuple(2, "interchange.aiken.no-question"),
                tuple(4, "interchange.aiken.no-answer"));
    }

    @Test
    void ten_thousand_questions_and_a_one_megabyte_line_are_read_in_bounded_time() {
        String many = "Pregunta\nA. a\nB. b\nANSWER: A\n".repeat(10_000) + "x".repeat(1_000_000) + "\nA. a\nB. b\n"
                + "ANSWER: B\n";
        long started = System.nanoTime();
        GiftResult result = AikenParser.parse(many);
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
        assertThat(result.questions()).hasSize(10_000);
        assertThat(result.problems()).extracting(GiftProblem::line, GiftProblem::messageKey)
                .containsExactly(tuple(40_001, "error.too-long"));
    }
}
