package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;
import org.paralelo.base.FieldProblem;
import org.paralelo.base.InvalidInputException;

/** Each question type checks its own rules and names the field and message of every problem. */
class QuestionRulesTest {

    private static Question question(QuestionBody body) {
        return new Question("¿Qué es el punto de equilibrio?", BigDecimal.ONE, "", body);
    }

    private static List<FieldProblem> problems(Question question) {
        try {
            question.check();
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
    }

    private static void assertRefused(Question question, String field, String messageKey) {
        assertThat(problems(question)).as(field + " " + messageKey)
                .anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.messageKey()).isEqualTo(messageKey);
                });
    }

    private static SingleChoice.Option option(String text, boolean correct) {
        return new SingleChoice.Option("", text, correct, "");
    }

    private static MultipleChoice.Option credit(String text, String percent) {
        return new MultipleChoice.Option("", text, new BigDecimal(percent), "");
    }

    @Test
    void a_valid_question_of_each_type_passes() {
        List<QuestionBody> bodies = List.of(
                new SingleChoice(List.of(option("Sí", true), option("No", false))),
                new MultipleChoice(List.of(credit("A", "50"), credit("B", "50"), credit("C", "-100"))),
                new TrueFalse(true, "", ""),
                new ShortAnswer(List.of(new ShortAnswer.Accepted("Gestión", "")), true, true, ""),
                new Numeric("3,5", "0.1", "", ""),
                new Matching(List.of(new Matching.Pair("", "Renta", "Fijo"), new Matching.Pair("", "Insumos",
                        "Variable"))),
                new Ordering(List.of(new Ordering.Item("", "Primero"), new Ordering.Item("", "Segundo"))),
                new Essay(""));
        bodies = new java.util.ArrayList<>(bodies);
        bodies.add(new QuestionBody.Description());
        assertThat(bodies).extracting(QuestionBody::type).doesNotHaveDuplicates().hasSize(QuestionType.values().length);
        for (QuestionBody body : bodies) {
            assertThatCode(() -> question(body).check()).as(body.type().name()).doesNotThrowAnyException();
        }
    }

    @Test
    void a_single_choice_question_needs_at_least_one_correct_option() {
        assertRefused(question(new SingleChoice(List.of(option("Sí", false), option("No", false)))), "options",
                "error.question.no-correct-option");
    }

    @Test
    void a_single_choice_question_may_have_several_correct_options_each_worth_full_credit() {
        // Moodle reads {=spring =summer ~easter} this way: any "=" answer is right.
        Question seasons = question(new SingleChoice(List.of(option("Primavera", true), option("Verano", true),
                option("Pascua", false))));
        assertThatCode(seasons::check).doesNotThrowAnyException();
    }

    @Test
    void a_choice_question_needs_two_options_each_with_text() {
        assertRefused(question(new SingleChoice(List.of(option("Sí", true)))), "options",
                "error.question.too-few-options");
        assertRefused(question(new SingleChoice(List.of(option("Sí", true), option("  ", false)))),
                "options.1.text", "error.required");
    }

    @Test
    void a_multiple_choice_question_needs_positive_credits_adding_up_to_100_percent() {
        assertRefused(question(new MultipleChoice(List.of(credit("A", "0"), credit("B", "-50")))), "options",
                "error.question.no-correct-option");
        assertRefused(question(new MultipleChoice(List.of(credit("A", "50"), credit("B", "40")))), "options",
                "error.question.credits-sum");
        assertRefused(question(new MultipleChoice(List.of(credit("A", "100"), credit("B", "-150")))),
                "options.1.credit", "error.question.credit-range");
        assertThatCode(() -> question(new MultipleChoice(List.of(credit("A", "33.33"), credit("B", "33.33"),
                credit("C", "33.33")))).check()).doesNotThrowAnyException();
    }

    @Test
    void a_numeric_question_refuses_words_and_negative_tolerances() {
        assertRefused(question(new Numeric("doce", "", "", "")), "answers.0.value", "error.question.not-a-number");
        assertRefused(question(new Numeric("", "", "", "")), "answers.0.value", "error.required");
        assertRefused(question(new Numeric("12", "uno", "", "")), "answers.0.tolerance",
                "error.question.not-a-number");
        assertRefused(question(new Numeric("12", "-0,5", "", "")), "answers.0.tolerance",
                "error.question.tolerance-negative");
        assertThatCode(() -> question(new Numeric("-12,75", "0", "", "")).check()).doesNotThrowAnyException();
    }

    @Test
    void a_wrong_single_choice_option_may_earn_partial_credit_below_a_hundred_percent() {
        SingleChoice.Option half = new SingleChoice.Option("", "Casi", false, new BigDecimal("50"), "");
        assertThatCode(() -> question(new SingleChoice(List.of(option("Sí", true), half))).check())
                .doesNotThrowAnyException();
        assertRefused(question(new SingleChoice(List.of(option("Sí", true),
                new SingleChoice.Option("", "No", false, new BigDecimal("100"), "")))), "options.1.credit",
                "error.question.partial-credit-range");
        assertRefused(question(new SingleChoice(List.of(option("Sí", true),
                new SingleChoice.Option("", "No", false, new BigDecimal("-10"), "")))), "options.1.credit",
                "error.question.partial-credit-range");
    }

    @Test
    void the_correct_single_choice_option_is_always_worth_a_hundred_percent_whatever_credit_it_was_given() {
        assertThat(new SingleChoice.Option("", "Sí", true, new BigDecimal("30"), "").credit())
                .isEqualByComparingTo("100");
        assertThat(option("No", false).credit()).isEqualByComparingTo("0");
    }

    @Test
    void short_answers_take_credits_from_zero_to_a_hundred_percent_and_need_one_at_a_hundred() {
        assertThatCode(() -> question(new ShortAnswer(List.of(new ShortAnswer.Accepted("cabildo", ""),
                new ShortAnswer.Accepted("ayuntamiento", new BigDecimal("50"), ""),
                new ShortAnswer.Accepted("patronage", BigDecimal.ZERO, "")), true, true, "")).check())
                .doesNotThrowAnyException();
        assertRefused(question(new ShortAnswer(List.of(new ShortAnswer.Accepted("cabildo", new BigDecimal("50"),
                "")), true, true, "")), "answers", "error.question.no-full-credit-answer");
        assertRefused(question(new ShortAnswer(List.of(new ShortAnswer.Accepted("cabildo", ""),
                new ShortAnswer.Accepted("ayuntamiento", new BigDecimal("101"), "")), true, true, "")),
                "answers.1.credit", "error.question.answer-credit-range");
        assertRefused(question(new ShortAnswer(List.of(new ShortAnswer.Accepted("cabildo", ""),
                new ShortAnswer.Accepted("ayuntamiento", new BigDecimal("-5"), "")), true, true, "")),
                "answers.1.credit", "error.question.answer-credit-range");
    }

    @Test
    void numeric_answers_are_checked_one_by_one_and_one_must_be_worth_a_hundred_percent() {
        Numeric several = new Numeric(List.of(new Numeric.Answer("3", "0,5", new BigDecimal("100"), ""),
                new Numeric.Answer("3", "2", new BigDecimal("50"), "")), "");
        assertThatCode(() -> question(several).check()).doesNotThrowAnyException();
        assertRefused(question(new Numeric(List.of(new Numeric.Answer("3", "", new BigDecimal("50"), "")), "")),
                "answers", "error.question.no-full-credit-answer");
        assertRefused(question(new Numeric(List.of(new Numeric.Answer("3", "", null, ""),
                new Numeric.Answer("tres", "", new BigDecimal("50"), "")), "")), "answers.1.value",
                "error.question.not-a-number");
        assertRefused(question(new Numeric(List.of(new Numeric.Answer("3", "", null, ""),
                new Numeric.Answer("4", "-1", new BigDecimal("50"), "")), "")), "answers.1.tolerance",
                "error.question.tolerance-negative");
        assertRefused(question(new Numeric(List.of(new Numeric.Answer("3", "", null, ""),
                new Numeric.Answer("4", "", new BigDecimal("150"), "")), "")), "answers.1.credit",
                "error.question.answer-credit-range");
        assertRefused(question(new Numeric(List.of(), "")), "answers", "error.question.no-accepted-answer");
    }

    @Test
    void a_short_answer_question_needs_an_accepted_answer() {
        assertRefused(question(new ShortAnswer(List.of(), true, true, "")), "answers",
                "error.question.no-accepted-answer");
    }

    @Test
    void a_matching_pair_without_a_prompt_is_a_distractor_but_two_prompts_are_still_needed() {
        Question withDistractor = question(new Matching(List.of(new Matching.Pair("", "Renta", "Fijo"),
                new Matching.Pair("", "Insumos", "Variable"), new Matching.Pair("", "", "Hundido"))));
        assertThatCode(withDistractor::check).doesNotThrowAnyException();
        assertRefused(question(new Matching(List.of(new Matching.Pair("", "Renta", "Fijo"),
                new Matching.Pair("", "", "Hundido")))), "pairs", "error.question.too-few-prompts");
        assertRefused(question(new Matching(List.of(new Matching.Pair("", "Renta", "Fijo"),
                new Matching.Pair("", "Insumos", "Variable"), new Matching.Pair("", "", " ")))), "pairs.2.answer",
                "error.required");
    }

    @Test
    void a_description_needs_a_text_and_is_worth_no_points_whatever_it_is_given() {
        Question description = new Question("Para las siguientes preguntas usa lápiz y papel.", BigDecimal.TEN, "",
                new QuestionBody.Description());
        assertThat(description.points()).isZero();
        assertThatCode(description::check).doesNotThrowAnyException();
        assertRefused(new Question(" ", BigDecimal.ONE, "", new QuestionBody.Description()), "text",
                "error.required");
    }

    @Test
    void matching_needs_two_pairs_with_distinct_prompts_and_ordering_two_items() {
        assertRefused(question(new Matching(List.of(new Matching.Pair("", "Renta", "Fijo")))), "pairs",
                "error.question.too-few-pairs");
        assertRefused(question(new Matching(List.of(new Matching.Pair("", "Renta", "Fijo"),
                new Matching.Pair("", "renta", "Variable")))), "pairs.1.prompt", "error.question.duplicate-prompt");
        assertRefused(question(new Matching(List.of(new Matching.Pair("", "Renta", "Fijo"),
                new Matching.Pair("", "Insumos", "")))), "pairs.1.answer", "error.required");
        assertRefused(question(new Ordering(List.of(new Ordering.Item("", "Solo")))), "items",
                "error.question.too-few-items");
    }

    @Test
    void texts_must_be_present_and_not_too_long_and_points_positive() {
        assertRefused(new Question(" ", BigDecimal.ONE, "", new Essay("")), "text", "error.required");
        assertRefused(new Question("x".repeat(10_000), BigDecimal.ONE, "", new Essay("")), "text", "error.too-long");
        assertRefused(new Question("¿Y?", BigDecimal.ONE, "y".repeat(10_000), new Essay("")), "generalFeedback",
                "error.too-long");
        assertRefused(new Question("¿Y?", BigDecimal.ZERO, "", new Essay("")), "points", "error.question.points");
        assertRefused(new Question("¿Y?", new BigDecimal("0.125"), "", new Essay("")), "points",
                "error.question.points");
    }

    @Test
    void every_problem_is_reported_at_once() {
        Question broken = new Question("", BigDecimal.ZERO, "", new SingleChoice(List.of(option("", false))));
        assertThat(problems(broken)).extracting(FieldProblem::field)
                .contains("text", "points", "options", "options.0.text");
    }

    @Test
    void blank_and_repeated_keys_get_fresh_ones_and_existing_keys_are_kept() {
        SingleChoice keyed = new SingleChoice(List.of(new SingleChoice.Option("keep-me", "A", true, ""),
                new SingleChoice.Option("keep-me", "B", false, ""), option("C", false))).withKeys(Keys::optionKey);
        assertThat(keyed.options().getFirst().key()).isEqualTo("keep-me");
        assertThat(keyed.options()).extracting(SingleChoice.Option::key).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).isNotBlank());
    }

    @Test
    void a_question_refused_by_its_own_checks_throws_an_invalid_input_exception() {
        assertThatThrownBy(() -> question(new Numeric("doce", "", "", "")).check())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("answers.0.value")).isTrue());
    }
}
