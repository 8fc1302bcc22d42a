package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GiftProblemsTest {

    private static final String GOOD = "Buena {=a ~b}";

    @Test
    void an_unclosed_brace_names_its_line_and_the_other_questions_are_still_read() {
        GiftResult result = GiftParser.parse(GOOD + "\n\nRota {=a ~b\n\n" + GOOD + "\n");
        assertThat(result.questions()).extracting(ParsedQuestion::line).containsExactly(1, 5);
        assertThat(result.problems()).extracting(GiftProblem::line, GiftProblem::messageKey)
                .containsExactly(tuple(3, "interchange.gift.unclosed-brace"));
    }

    @Test
    void a_single_choice_with_no_right_answer_reports_the_model_key() {
        GiftResult result = GiftParser.parse(GOOD + "\n\n::t::Sin correcta {~a ~b}\n\n" + GOOD);
        assertThat(result.questions()).hasSize(2);
        assertThat(result.problems()).extracting(GiftProblem::line, GiftProblem::messageKey, GiftProblem::detail)
                .containsExactly(tuple(3, "error.question.no-correct-option", "options"));
    }

    @Test
    void a_numeric_answer_in_words_is_not_a_number() {
        GiftResult result = GiftParser.parse("// comentario\n" + GOOD + "\n\n¿Cuántos? {#doce}\n\n" + GOOD);
        assertThat(result.questions()).hasSize(2);
        assertThat(result.problems()).extracting(GiftProblem::line, GiftProblem::messageKey, GiftProblem::detail)
                .containsExactly(tuple(4, "error.question.not-a-number", "answers.0.value"));
    }

    @Test
    void a_range_in_words_is_not_a_number_either() {
        assertThat(GiftParser.parse("¿Cuántos? {#uno..cinco}").problems()).extracting(GiftProblem::messageKey)
                .containsExactly("error.question.not-a-number");
    }

    @Test
    void a_lonely_closing_brace_a_bad_weight_and_an_unclosed_title_are_reported() {
        GiftResult result = GiftParser.parse("Solo texto }\n\nPeso {~%mucho%a =b}\n\n::Título sin cerrar {T}\n\n"
                + "Abierta {=a\n\n¿Número? {#~#mal}");
        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).extracting(GiftProblem::line, GiftProblem::messageKey).containsExactly(
                tuple(1, "interchange.gift.unopened-brace"), tuple(3, "interchange.gift.bad-weight"),
                tuple(5, "interchange.gift.unclosed-title"), tuple(7, "interchange.gift.unclosed-brace"),
                tuple(9, "interchange.gift.numeric-no-correct"));
    }

    @Test
    void credits_beyond_a_hundred_percent_and_a_lonely_option_are_refused_by_the_model() {
        assertThat(GiftParser.parse("Mal {~%150%a ~%-50%b}").problems()).extracting(GiftProblem::messageKey)
                .contains("error.question.credit-range");
        assertThat(GiftParser.parse("Mal {~%60%a ~%60%b}").problems()).extracting(GiftProblem::messageKey)
                .containsExactly("error.question.credits-sum");
        assertThat(GiftParser.parse("Una {=a}\n\nUna opción {=a ~}").problems()).extracting(GiftProblem::line,
                GiftProblem::messageKey).containsExactly(tuple(3, "error.required"));
    }

    @Test
    void a_right_option_with_partial_credit_on_a_wrong_one_is_a_single_choice_not_a_refused_multiple_choice() {
        GiftResult result = GiftParser.parse("Sola {=a ~%0%b ~%0%c ~%50%d}");
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions().getFirst().question().body()).isInstanceOfSatisfying(
                org.paralelo.assessment.QuestionBody.SingleChoice.class, single -> assertThat(single.options())
                        .extracting(o -> o.text() + " " + o.correct() + " " + o.credit().toPlainString())
                        .containsExactly("a true 100", "b false 0", "c false 0", "d false 50"));
    }

    @Test
    void partial_credit_of_a_hundred_percent_or_more_on_a_wrong_single_choice_option_is_refused() {
        assertThat(GiftParser.parse("Mal {=a ~%150%b}").problems()).extracting(GiftProblem::messageKey,
                GiftProblem::detail).containsExactly(tuple("error.question.partial-credit-range", "options.1.credit"));
    }

    @Test
    void short_and_numeric_answers_need_one_answer_worth_a_hundred_percent_and_credits_within_range() {
        assertThat(GiftParser.parse("¿Órgano? {=%50%cabildo =%20%ayuntamiento}").problems())
                .extracting(GiftProblem::messageKey, GiftProblem::detail)
                .containsExactly(tuple("error.question.no-full-credit-answer", "answers"));
        assertThat(GiftParser.parse("¿Órgano? {=cabildo =%150%ayuntamiento}").problems())
                .extracting(GiftProblem::messageKey, GiftProblem::detail)
                .containsExactly(tuple("error.question.answer-credit-range", "answers.1.credit"));
        assertThat(GiftParser.parse("¿Cuántos? {#=%50%3 =%25%4}").problems())
                .extracting(GiftProblem::messageKey, GiftProblem::detail)
                .containsExactly(tuple("error.question.no-full-credit-answer", "answers"));
        assertThat(GiftParser.parse("¿Cuántos? {#3 =%50%cuatro}").problems())
                .extracting(GiftProblem::messageKey, GiftProblem::detail)
                .containsExactly(tuple("error.question.not-a-number", "answers.1.value"));
    }

    @Test
    void a_one_megabyte_line_is_read_in_bounded_time() {
        String huge = "x\\{".repeat(350_000);
        long started = System.nanoTime();
        GiftResult result = GiftParser.parse(huge + " {=" + "~".repeat(100_000) + "}");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
        GiftResult unclosed = GiftParser.parse("{".repeat(1_000_000));
        assertThat(unclosed.problems()).extracting(GiftProblem::messageKey)
                .containsExactly("interchange.gift.unclosed-brace");
    }

    @Test
    void ten_thousand_questions_are_read_in_bounded_time() {
        StringBuilder gift = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            gift.append("::Q").append(i).append("::Pregunta ").append(i).append(" {=a#bien ~b#mal ~c}\n\n");
        }
        long started = System.nanoTime();
        GiftResult result = GiftParser.parse(gift.toString());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(10_000);
        assertThat(result.questions().getLast().line()).isEqualTo(19_999);
    }

    @Test
    void ten_thousand_broken_questions_and_deep_nesting_do_not_overflow_the_stack() {
        String broken = "Rota {=a\n\n".repeat(10_000) + "{".repeat(200_000) + "}".repeat(200_000);
        GiftResult result = GiftParser.parse(broken);
        // Each broken question is reported from its own line (the last one breaks two rules of the model).
        assertThat(result.problems().stream().map(GiftProblem::line).distinct().count()).isEqualTo(10_001);
    }
}
