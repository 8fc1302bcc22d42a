package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;

/** The grading rules per question type, as learners' attempts will use them. */
class GradingTest {

    private static Question worth(String points, QuestionBody body) {
        return new Question("¿Pregunta?", new BigDecimal(points), "Retroalimentación general", body);
    }

    private static BigDecimal points(Question question, Response response) {
        Score score = Grading.score(question, response);
        assertThat(score.pending()).as("pending").isFalse();
        return score.points();
    }

    @Nested
    class SingleChoiceQuestions {

        private final Question question = worth("2", new SingleChoice(List.of(
                new SingleChoice.Option("a", "Punto de equilibrio", true, "¡Exacto!"),
                new SingleChoice.Option("b", "Flujo de caja", false, "No: eso mide entradas y salidas."),
                new SingleChoice.Option("c", "Margen bruto", false, ""))));

        @Test
        void the_correct_option_earns_all_the_points() {
            assertThat(points(question, Response.Choices.of("a"))).isEqualByComparingTo("2");
            assertThat(Grading.score(question, Response.Choices.of("a")).full()).isTrue();
        }

        @Test
        void a_wrong_option_earns_nothing() {
            assertThat(points(question, Response.Choices.of("b"))).isEqualByComparingTo("0");
        }

        @Test
        void choosing_several_options_earns_nothing_even_if_one_is_right() {
            assertThat(points(question, Response.Choices.of("a", "b"))).isEqualByComparingTo("0");
        }

        @Test
        void an_unanswered_question_earns_nothing() {
            assertThat(points(question, new Response.Unanswered())).isEqualByComparingTo("0");
        }

        @Test
        void the_feedback_of_the_chosen_option_comes_before_the_general_feedback() {
            assertThat(Grading.feedback(question, Response.Choices.of("b")))
                    .containsExactly("No: eso mide entradas y salidas.", "Retroalimentación general");
        }
    }

    @Nested
    class SingleChoiceQuestionsWithPartialCredit {

        private final Question question = worth("2", new SingleChoice(List.of(
                new SingleChoice.Option("right", "Punto de equilibrio", true, "¡Exacto!"),
                new SingleChoice.Option("half", "Margen de contribución", false, new BigDecimal("50"), "Casi."),
                new SingleChoice.Option("third", "Utilidad", false, new BigDecimal("33.33"), ""),
                new SingleChoice.Option("wrong", "Flujo de caja", false, ""))));

        @Test
        void the_correct_option_still_earns_all_the_points() {
            assertThat(points(question, Response.Choices.of("right"))).isEqualByComparingTo("2");
        }

        @Test
        void an_option_worth_half_earns_half_the_points_and_its_own_feedback() {
            assertThat(points(question, Response.Choices.of("half"))).isEqualByComparingTo("1");
            assertThat(Grading.score(question, Response.Choices.of("half")).full()).isFalse();
            assertThat(Grading.feedback(question, Response.Choices.of("half")))
                    .containsExactly("Casi.", "Retroalimentación general");
        }

        @Test
        void partial_credit_is_rounded_to_two_decimals() {
            assertThat(points(question, Response.Choices.of("third"))).isEqualTo(new BigDecimal("0.67"));
        }

        @Test
        void a_wrong_option_without_credit_earns_nothing() {
            assertThat(points(question, Response.Choices.of("wrong"))).isEqualByComparingTo("0");
        }

        @Test
        void choosing_a_partial_and_the_correct_option_together_earns_nothing() {
            assertThat(points(question, Response.Choices.of("right", "half"))).isEqualByComparingTo("0");
        }
    }

    @Nested
    class MultipleChoiceQuestions {

        private final Question question = worth("3", new MultipleChoice(List.of(
                new MultipleChoice.Option("a", "Renta del local", new BigDecimal("50"), ""),
                new MultipleChoice.Option("b", "Salarios fijos", new BigDecimal("50"), ""),
                new MultipleChoice.Option("c", "Materia prima por pieza", new BigDecimal("-50"), "Es variable."),
                new MultipleChoice.Option("d", "Comisión por venta", new BigDecimal("-100"), ""))));

        @Test
        void all_correct_options_earn_all_the_points() {
            assertThat(points(question, Response.Choices.of("a", "b"))).isEqualByComparingTo("3");
        }

        @Test
        void half_of_the_correct_options_earn_half_the_points() {
            assertThat(points(question, Response.Choices.of("a"))).isEqualByComparingTo("1.5");
        }

        @Test
        void a_wrong_option_takes_its_credit_away() {
            assertThat(points(question, Response.Choices.of("a", "b", "c"))).isEqualByComparingTo("1.5");
        }

        @Test
        void negative_credit_never_takes_the_score_below_zero() {
            assertThat(points(question, Response.Choices.of("a", "d"))).isEqualByComparingTo("0");
            assertThat(points(question, Response.Choices.of("c", "d"))).isEqualByComparingTo("0");
        }

        @Test
        void choosing_nothing_earns_nothing() {
            assertThat(points(question, new Response.Choices(java.util.Set.of()))).isEqualByComparingTo("0");
        }

        @Test
        void three_thirds_of_33_33_percent_earn_all_the_points() {
            Question thirds = worth("1", new MultipleChoice(List.of(
                    new MultipleChoice.Option("a", "Uno", new BigDecimal("33.33"), ""),
                    new MultipleChoice.Option("b", "Dos", new BigDecimal("33.33"), ""),
                    new MultipleChoice.Option("c", "Tres", new BigDecimal("33.33"), ""),
                    new MultipleChoice.Option("d", "Cuatro", BigDecimal.ZERO, ""))));
            assertThat(points(thirds, Response.Choices.of("a", "b", "c"))).isEqualByComparingTo("1");
            assertThat(points(thirds, Response.Choices.of("a"))).isEqualByComparingTo("0.33");
        }

        @Test
        void unknown_option_keys_are_ignored() {
            assertThat(points(question, Response.Choices.of("a", "zzz"))).isEqualByComparingTo("1.5");
        }
    }

    @Nested
    class TrueFalseQuestions {

        private final Question question = worth("1", new TrueFalse(false, "No: el IVA no es un costo fijo.",
                "Correcto."));

        @Test
        void the_right_answer_earns_the_point_and_its_own_feedback() {
            assertThat(points(question, new Response.TrueOrFalse(false))).isEqualByComparingTo("1");
            assertThat(Grading.feedback(question, new Response.TrueOrFalse(false))).first().isEqualTo("Correcto.");
        }

        @Test
        void the_wrong_answer_earns_nothing() {
            assertThat(points(question, new Response.TrueOrFalse(true))).isEqualByComparingTo("0");
        }
    }

    @Nested
    class ShortAnswerQuestions {

        private static Question gestion(boolean ignoreCase, boolean ignoreAccents) {
            return worth("1", new ShortAnswer(List.of(new ShortAnswer.Accepted("Gestión", "¡Bien!"),
                    new ShortAnswer.Accepted("administración cultural", "También vale.")), ignoreCase, ignoreAccents,
                    "Repasa la lección 2."));
        }

        @Test
        void ignoring_case_and_accents_accepts_gestion_for_gestion_with_accent() {
            assertThat(points(gestion(true, true), new Response.Text("gestion"))).isEqualByComparingTo("1");
            assertThat(points(gestion(true, true), new Response.Text("  GESTIÓN "))).isEqualByComparingTo("1");
        }

        @Test
        void without_ignoring_accents_gestion_without_accent_is_wrong() {
            assertThat(points(gestion(true, false), new Response.Text("gestion"))).isEqualByComparingTo("0");
            assertThat(points(gestion(true, false), new Response.Text("gestión"))).isEqualByComparingTo("1");
        }

        @Test
        void without_ignoring_case_a_lower_case_answer_is_wrong() {
            assertThat(points(gestion(false, true), new Response.Text("gestion"))).isEqualByComparingTo("0");
            assertThat(points(gestion(false, true), new Response.Text("Gestion"))).isEqualByComparingTo("1");
        }

        @Test
        void an_exact_question_accepts_only_the_exact_text_apart_from_surrounding_and_repeated_spaces() {
            assertThat(points(gestion(false, false), new Response.Text("Gestión"))).isEqualByComparingTo("1");
            assertThat(points(gestion(false, false), new Response.Text("administración   cultural ")))
                    .isEqualByComparingTo("1");
            assertThat(points(gestion(false, false), new Response.Text("Gestion"))).isEqualByComparingTo("0");
        }

        @Test
        void accents_written_as_combining_marks_count_as_the_same_letter() {
            String decomposed = "Gestio\u0301n";
            assertThat(points(gestion(false, false), new Response.Text(decomposed))).isEqualByComparingTo("1");
        }

        @Test
        void any_accepted_answer_earns_the_points_and_its_own_feedback() {
            Question question = gestion(true, true);
            assertThat(points(question, new Response.Text("Administracion cultural"))).isEqualByComparingTo("1");
            assertThat(Grading.feedback(question, new Response.Text("Administracion cultural")))
                    .containsExactly("También vale.", "Retroalimentación general");
            assertThat(Grading.feedback(question, new Response.Text("mercadotecnia")))
                    .containsExactly("Repasa la lección 2.", "Retroalimentación general");
        }
    }

    @Nested
    class ShortAnswerQuestionsWithPartialCredit {

        private final Question question = worth("2", new ShortAnswer(List.of(
                new ShortAnswer.Accepted("cabildo", "Correcto."),
                new ShortAnswer.Accepted("ayuntamiento", new BigDecimal("50"), "En parte."),
                new ShortAnswer.Accepted("patronage", BigDecimal.ZERO, "No: el mecenazgo es otra cosa."),
                new ShortAnswer.Accepted("Cabildo abierto", new BigDecimal("25"), ""),
                new ShortAnswer.Accepted("cabildo abierto", new BigDecimal("75"), "Casi.")), true, true,
                "Repasa la lección 1."));

        @Test
        void a_full_credit_answer_earns_all_the_points() {
            assertThat(points(question, new Response.Text("Cabildo"))).isEqualByComparingTo("2");
        }

        @Test
        void a_half_credit_answer_earns_half_the_points_and_its_own_feedback() {
            assertThat(points(question, new Response.Text("ayuntamiento"))).isEqualByComparingTo("1");
            assertThat(Grading.feedback(question, new Response.Text("Ayuntamiento")))
                    .containsExactly("En parte.", "Retroalimentación general");
        }

        @Test
        void a_zero_credit_answer_earns_nothing_but_gives_its_own_feedback_instead_of_the_incorrect_one() {
            assertThat(points(question, new Response.Text("patronage"))).isEqualByComparingTo("0");
            assertThat(Grading.feedback(question, new Response.Text("patronage")))
                    .containsExactly("No: el mecenazgo es otra cosa.", "Retroalimentación general");
        }

        @Test
        void when_two_accepted_answers_match_the_one_with_more_credit_wins() {
            assertThat(points(question, new Response.Text("CABILDO ABIERTO"))).isEqualByComparingTo("1.5");
            assertThat(Grading.feedback(question, new Response.Text("cabildo abierto"))).first()
                    .isEqualTo("Casi.");
        }

        @Test
        void an_answer_that_matches_nothing_earns_nothing_and_gets_the_incorrect_feedback() {
            assertThat(points(question, new Response.Text("regidores"))).isEqualByComparingTo("0");
            assertThat(Grading.feedback(question, new Response.Text("regidores"))).first()
                    .isEqualTo("Repasa la lección 1.");
        }
    }

    @Nested
    class NumericQuestionsWithSeveralAnswers {

        private final Question question = worth("4", new Numeric(List.of(
                new Numeric.Answer("3", "0.5", new BigDecimal("100"), "Exacto."),
                new Numeric.Answer("3", "2", new BigDecimal("50"), "Cerca."),
                new Numeric.Answer("10", "", BigDecimal.ZERO, "Sumaste en lugar de restar.")),
                "Revisa la fórmula."));

        @ParameterizedTest(name = "\"{0}\" earns {1}")
        @CsvSource(delimiter = '|', value = {"3|4", "2,5|4", "3.5|4", "3,6|2", "1|2", "5|2", "5.01|0", "0.99|0",
                "10|0", "doce|0"})
        void the_best_answer_the_number_is_within_the_tolerance_of_gives_its_credit(String answer, String expected) {
            assertThat(points(question, new Response.Text(answer))).isEqualByComparingTo(expected);
        }

        @Test
        void feedback_comes_from_the_best_matching_answer_or_else_the_incorrect_feedback() {
            assertThat(Grading.feedback(question, new Response.Text("3,2"))).first().isEqualTo("Exacto.");
            assertThat(Grading.feedback(question, new Response.Text("4"))).first().isEqualTo("Cerca.");
            assertThat(Grading.feedback(question, new Response.Text("10"))).first()
                    .isEqualTo("Sumaste en lugar de restar.");
            assertThat(Grading.feedback(question, new Response.Text("7"))).first().isEqualTo("Revisa la fórmula.");
        }

        @Test
        void the_order_of_the_answers_does_not_change_which_wins() {
            Question reversed = worth("4", new Numeric(List.of(
                    new Numeric.Answer("3", "2", new BigDecimal("50"), "Cerca."),
                    new Numeric.Answer("3", "0.5", new BigDecimal("100"), "Exacto.")), ""));
            assertThat(points(reversed, new Response.Text("3"))).isEqualByComparingTo("4");
            assertThat(Grading.feedback(reversed, new Response.Text("3"))).first().isEqualTo("Exacto.");
        }
    }

    @Nested
    class NumericQuestions {

        private final Question question = worth("2", new Numeric("3.5", "0,1", "Bien calculado.", "Revisa la fórmula."));

        @ParameterizedTest(name = "\"{0}\" earns {1}")
        @CsvSource(delimiter = '|', value = {
                "3,5|2", "3.5|2", " 3,45 |2", "3.6|2", "3,4|2", "3.61|0", "3,39|0", "-3.5|0", "doce|0", "3,5 kg|0",
                "''|0", "1,000|0"})
        void an_answer_within_the_tolerance_earns_all_the_points_with_a_decimal_comma_or_point(String answer,
                                                                                                String expected) {
            assertThat(points(question, new Response.Text(answer))).isEqualByComparingTo(expected);
        }

        @Test
        void without_tolerance_only_the_exact_value_is_right() {
            Question exact = worth("1", new Numeric("12", "", "", ""));
            assertThat(points(exact, new Response.Text("12,0"))).isEqualByComparingTo("1");
            assertThat(points(exact, new Response.Text("12.01"))).isEqualByComparingTo("0");
        }

        @Test
        void feedback_follows_whether_the_number_was_right() {
            assertThat(Grading.feedback(question, new Response.Text("3,5"))).first().isEqualTo("Bien calculado.");
            assertThat(Grading.feedback(question, new Response.Text("4"))).first().isEqualTo("Revisa la fórmula.");
        }
    }

    @Nested
    class MatchingQuestions {

        private final Question question = worth("4", new Matching(List.of(
                new Matching.Pair("p1", "Costo fijo", "Renta"),
                new Matching.Pair("p2", "Costo variable", "Materia prima"),
                new Matching.Pair("p3", "Ingreso", "Venta de boletos"),
                new Matching.Pair("p4", "Inversión", "Equipo de sonido"))));

        @Test
        void every_pair_matched_earns_all_the_points() {
            assertThat(points(question, new Response.Matches(Map.of("p1", "Renta", "p2", "Materia prima",
                    "p3", "Venta de boletos", "p4", "Equipo de sonido")))).isEqualByComparingTo("4");
        }

        @Test
        void credit_is_proportional_to_the_pairs_matched() {
            assertThat(points(question, new Response.Matches(Map.of("p1", "Renta", "p2", "Venta de boletos",
                    "p3", "Materia prima")))).isEqualByComparingTo("1");
            assertThat(points(question, new Response.Matches(Map.of("p1", "Renta", "p2", "Materia prima",
                    "p3", "Equipo de sonido", "p4", "Venta de boletos")))).isEqualByComparingTo("2");
        }

        @Test
        void learners_choose_from_the_distinct_answers_in_alphabetical_order() {
            assertThat(Grading.answerChoices((Matching) question.body()))
                    .containsExactly("Equipo de sonido", "Materia prima", "Renta", "Venta de boletos");
        }
    }

    @Nested
    class OrderingQuestions {

        private final Question question = worth("3", new Ordering(List.of(new Ordering.Item("k1", "Diagnóstico"),
                new Ordering.Item("k2", "Planeación"), new Ordering.Item("k3", "Ejecución"))));

        @Test
        void the_right_order_earns_all_the_points() {
            assertThat(points(question, new Response.Order(List.of("k1", "k2", "k3")))).isEqualByComparingTo("3");
        }

        @Test
        void credit_is_proportional_to_the_items_in_their_right_position() {
            assertThat(points(question, new Response.Order(List.of("k1", "k3", "k2")))).isEqualByComparingTo("1");
            assertThat(points(question, new Response.Order(List.of("k3", "k1", "k2")))).isEqualByComparingTo("0");
        }

        @Test
        void a_short_answer_list_counts_only_what_was_placed() {
            assertThat(points(question, new Response.Order(List.of("k1")))).isEqualByComparingTo("1");
        }
    }

    @Nested
    class EssayQuestions {

        private final Question question = worth("10", new Essay("Valora la claridad del diagnóstico."));

        @Test
        void a_written_essay_is_pending_until_graded_by_hand() {
            Score score = Grading.score(question, new Response.Text("Mi municipio tiene tres casas de cultura…"));
            assertThat(score.pending()).isTrue();
            assertThat(score.points()).isEqualByComparingTo("0");
            assertThat(score.maxPoints()).isEqualByComparingTo("10");
        }

        @Test
        void a_blank_essay_is_simply_worth_nothing() {
            Score score = Grading.score(question, new Response.Text("   "));
            assertThat(score.pending()).isFalse();
            assertThat(score.points()).isEqualByComparingTo("0");
        }
    }

    @Test
    void points_are_rounded_to_two_decimals() {
        Question question = worth("1", new Ordering(List.of(new Ordering.Item("a", "Uno"),
                new Ordering.Item("b", "Dos"), new Ordering.Item("c", "Tres"))));
        assertThat(points(question, new Response.Order(List.of("a", "c", "b")))).isEqualTo(new BigDecimal("0.33"));
    }

    @Test
    void an_answer_of_the_wrong_kind_is_a_programming_error() {
        Question question = worth("1", new TrueFalse(true, "", ""));
        assertThatThrownBy(() -> Grading.score(question, new Response.Text("verdadero")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalising_strips_accents_only_when_asked() {
        assertThat(Grading.normalise("  Política   Cultural ", true, true)).isEqualTo("politica cultural");
        assertThat(Grading.normalise("Política", false, false)).isEqualTo("Política");
        assertThat(Grading.normalise("Año", true, true)).isEqualTo("ano");
    }

    /** Several "=" answers in a Moodle single choice: any of them is right. */
    @Nested
    class SeveralCorrectOptions {

        private final Question seasons = worth("2", new SingleChoice(List.of(
                new SingleChoice.Option("s", "Primavera", true, ""),
                new SingleChoice.Option("v", "Verano", true, "También."),
                new SingleChoice.Option("p", "Pascua", false, "Es una fiesta."))));

        @Test
        void each_correct_option_earns_all_the_points_and_a_wrong_one_nothing() {
            assertThat(points(seasons, Response.Choices.of("s"))).isEqualByComparingTo("2");
            assertThat(points(seasons, Response.Choices.of("v"))).isEqualByComparingTo("2");
            assertThat(points(seasons, Response.Choices.of("p"))).isEqualByComparingTo("0");
        }

        @Test
        void choosing_two_correct_options_at_once_still_earns_nothing() {
            assertThat(points(seasons, Response.Choices.of("s", "v"))).isEqualByComparingTo("0");
        }

        @Test
        void the_review_lists_every_correct_option() {
            assertThat(RightAnswers.of(seasons)).containsExactly("Primavera", "Verano");
        }
    }

    /** A matching pair without a prompt only adds a wrong answer to choose from (Moodle's "= -> Chat"). */
    @Nested
    class MatchingDistractors {

        private final Question question = worth("2", new Matching(List.of(
                new Matching.Pair("p1", "Costo fijo", "Renta"),
                new Matching.Pair("p2", "Costo variable", "Materia prima"),
                new Matching.Pair("d1", "", "Donativo"))));

        @Test
        void the_distractor_is_offered_but_only_prompts_count() {
            assertThat(Grading.answerChoices((Matching) question.body()))
                    .containsExactly("Donativo", "Materia prima", "Renta");
            assertThat(points(question, new Response.Matches(Map.of("p1", "Renta", "p2", "Materia prima"))))
                    .isEqualByComparingTo("2");
            assertThat(points(question, new Response.Matches(Map.of("p1", "Donativo", "p2", "Materia prima"))))
                    .isEqualByComparingTo("1");
            assertThat(RightAnswers.of(question)).containsExactly("Costo fijo → Renta",
                    "Costo variable → Materia prima");
        }

        @Test
        void learners_see_no_empty_prompt_and_cannot_answer_the_distractor() {
            PublishedQuiz quiz = new PublishedQuiz(1, 1, "q", "Q", QuizSettings.defaults(), List.of(
                    new PublishedQuiz.Slot(SlotKind.FIXED, 1, null,
                            List.of(new PublishedQuiz.FrozenQuestion("k", question)))));
            LearnerQuiz.LearnerQuestion shown = quiz.forLearners().slots().getFirst().questions().getFirst();
            assertThat(shown.prompts()).extracting(LearnerQuiz.Choice::key).containsExactly("p1", "p2");
            assertThat(shown.answerChoices()).contains("Donativo");
            assertThatThrownBy(() -> AnswerRules.check("k", question,
                    new Response.Matches(Map.of("d1", "Donativo"))))
                    .isInstanceOf(org.paralelo.base.InvalidInputException.class);
        }
    }

    /** Text between questions: never answered, never worth anything. */
    @Nested
    class Descriptions {

        private final Question description = new Question("Para las siguientes preguntas usa lápiz y papel.",
                BigDecimal.ONE, "", new QuestionBody.Description());

        @Test
        void a_description_scores_nothing_out_of_nothing() {
            Score score = Grading.score(description, new Response.Unanswered());
            assertThat(score.points()).isEqualByComparingTo("0");
            assertThat(score.maxPoints()).isEqualByComparingTo("0");
            assertThat(score.pending()).isFalse();
            assertThat(RightAnswers.of(description)).isEmpty();
        }

        @Test
        void no_answer_to_a_description_is_accepted() {
            assertThatThrownBy(() -> AnswerRules.check("d", description, new Response.Text("hola")))
                    .isInstanceOf(org.paralelo.base.InvalidInputException.class);
            assertThatThrownBy(() -> AnswerRules.check("d", description, Response.Choices.of("a")))
                    .isInstanceOf(org.paralelo.base.InvalidInputException.class);
        }

        @Test
        void a_description_is_not_counted_as_a_question_of_the_quiz() {
            PublishedQuiz quiz = new PublishedQuiz(1, 1, "q", "Q", QuizSettings.defaults(), List.of(
                    new PublishedQuiz.Slot(SlotKind.FIXED, 1, null,
                            List.of(new PublishedQuiz.FrozenQuestion("d", description))),
                    new PublishedQuiz.Slot(SlotKind.FIXED, 1, null, List.of(new PublishedQuiz.FrozenQuestion("t",
                            worth("1", new TrueFalse(true, "", "")))))));
            assertThat(quiz.questionCount()).isEqualTo(1);
            assertThat(quiz.forLearners().questionCount()).isEqualTo(1);
        }
    }
}
