package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;

/**
 * Question bodies are stored as JSON (bank rows, frozen quizzes). Bodies written before partial credit and several
 * numeric answers existed must still read: full credit where no credit was stored, one answer from the old single
 * numeric value.
 */
class QuestionBodyJsonTest {

    private final AssessmentJson json = new AssessmentJson();

    @Test
    void an_old_single_choice_without_credits_reads_with_full_credit_for_the_correct_option_and_none_for_the_others() {
        QuestionBody body = json.body("""
                {"type":"SINGLE_CHOICE","options":[
                 {"key":"a","text":"Sí","correct":true,"feedback":"Bien."},
                 {"key":"b","text":"No","correct":false,"feedback":""}]}""");

        assertThat(body).isEqualTo(new SingleChoice(List.of(
                new SingleChoice.Option("a", "Sí", true, new BigDecimal("100"), "Bien."),
                new SingleChoice.Option("b", "No", false, BigDecimal.ZERO, ""))));
    }

    @Test
    void an_old_short_answer_without_credits_reads_with_full_credit_for_every_answer() {
        QuestionBody body = json.body("""
                {"type":"SHORT_ANSWER","answers":[{"text":"cabildo","feedback":"Bien."},{"text":"el cabildo",
                 "feedback":""}],"ignoreCase":true,"ignoreAccents":false,"incorrectFeedback":"Repasa."}""");

        assertThat(body).isEqualTo(new ShortAnswer(List.of(
                new ShortAnswer.Accepted("cabildo", new BigDecimal("100"), "Bien."),
                new ShortAnswer.Accepted("el cabildo", new BigDecimal("100"), "")), true, false, "Repasa."));
    }

    @Test
    void an_old_numeric_with_one_value_reads_as_one_full_credit_answer_with_its_feedback() {
        QuestionBody body = json.body("""
                {"type":"NUMERIC","value":"3,5","tolerance":"0.1","correctFeedback":"Bien calculado.",
                 "incorrectFeedback":"Revisa la fórmula."}""");

        assertThat(body).isEqualTo(new Numeric(List.of(new Numeric.Answer("3,5", "0.1", new BigDecimal("100"),
                "Bien calculado.")), "Revisa la fórmula."));
    }

    @Test
    void an_old_numeric_without_tolerance_or_feedback_reads_as_an_exact_answer() {
        assertThat(json.body("{\"type\":\"NUMERIC\",\"value\":\"12\"}")).isEqualTo(new Numeric(List.of(
                new Numeric.Answer("12", "", new BigDecimal("100"), "")), ""));
    }

    @Test
    void the_new_shapes_are_written_with_their_credits_and_read_back_unchanged() {
        List<QuestionBody> bodies = List.of(
                new SingleChoice(List.of(new SingleChoice.Option("a", "Sí", true, ""),
                        new SingleChoice.Option("b", "Casi", false, new BigDecimal("50"), "Casi."),
                        new SingleChoice.Option("c", "No", false, ""))),
                new ShortAnswer(List.of(new ShortAnswer.Accepted("cabildo", ""),
                        new ShortAnswer.Accepted("ayuntamiento", new BigDecimal("50"), "Casi."),
                        new ShortAnswer.Accepted("patronage", BigDecimal.ZERO, "No.")), true, true, ""),
                new Numeric(List.of(new Numeric.Answer("3", "0.5", new BigDecimal("100"), "Bien."),
                        new Numeric.Answer("3", "2", new BigDecimal("50"), "Casi.")), "No."),
                new MultipleChoice(List.of(new MultipleChoice.Option("a", "A", new BigDecimal("50"), ""),
                        new MultipleChoice.Option("b", "B", new BigDecimal("50"), ""))));

        for (QuestionBody body : bodies) {
            assertThat(json.body(json.write(body))).as(body.type().name()).isEqualTo(body);
        }
        String numeric = json.write(bodies.get(2));
        assertThat(numeric).contains("\"answers\":[", "\"credit\":50").doesNotContain("\"correctFeedback\"");
        assertThat(json.write(bodies.get(0))).contains("\"credit\":50");
    }

    @Test
    void a_quiz_frozen_before_several_numeric_answers_existed_still_reads() {
        PublishedQuiz quiz = new PublishedQuiz(7, 1, "quiz-1", "Costos", QuizSettings.defaults(), List.of(
                new PublishedQuiz.Slot(SlotKind.FIXED, 1, null, List.of(new PublishedQuiz.FrozenQuestion("q1",
                        new Question("¿Cuánto?", BigDecimal.ONE, "", new Numeric("3.5", "0.1", "Bien.", "Mal.")))))));
        String written = json.write(quiz);
        String numericNow = written.substring(written.indexOf("{\"type\":\"NUMERIC\""),
                written.indexOf('}', written.indexOf("\"incorrectFeedback\"")) + 1);
        String old = written.replace(numericNow, "{\"type\":\"NUMERIC\",\"value\":\"3.5\",\"tolerance\":\"0.1\","
                + "\"correctFeedback\":\"Bien.\",\"incorrectFeedback\":\"Mal.\"}");
        assertThat(old).doesNotContain("\"answers\"");

        assertThat(json.quiz(old)).isEqualTo(quiz);
    }
}
