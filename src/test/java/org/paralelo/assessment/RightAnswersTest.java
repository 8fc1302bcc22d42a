package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;

/** The review names the answers that earn full credit, never those that earn only part of it. */
class RightAnswersTest {

    private static Question question(QuestionBody body) {
        return new Question("¿Pregunta?", BigDecimal.ONE, "", body);
    }

    @Test
    void a_single_choice_shows_its_correct_option_and_not_the_one_with_partial_credit() {
        assertThat(RightAnswers.of(question(new SingleChoice(List.of(
                new SingleChoice.Option("a", "Punto de equilibrio", true, ""),
                new SingleChoice.Option("b", "Margen", false, new BigDecimal("50"), ""),
                new SingleChoice.Option("c", "Flujo", false, "")))))).containsExactly("Punto de equilibrio");
    }

    @Test
    void a_short_answer_shows_only_its_full_credit_answers() {
        assertThat(RightAnswers.of(question(new ShortAnswer(List.of(
                new ShortAnswer.Accepted("cabildo", ""),
                new ShortAnswer.Accepted("ayuntamiento", new BigDecimal("50"), ""),
                new ShortAnswer.Accepted("patronage", BigDecimal.ZERO, ""),
                new ShortAnswer.Accepted("el cabildo", "")), true, true, ""))))
                .containsExactly("cabildo", "el cabildo");
    }

    @Test
    void a_numeric_question_shows_each_full_credit_value_with_its_tolerance() {
        assertThat(RightAnswers.of(question(new Numeric(List.of(
                new Numeric.Answer("3", "0.5", new BigDecimal("100"), ""),
                new Numeric.Answer("3", "2", new BigDecimal("50"), ""),
                new Numeric.Answer("12", "", new BigDecimal("100"), "")), ""))))
                .containsExactly("3 ± 0.5", "12");
    }
}
