package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.interchange.GiftFixtures.accepted;
import static org.paralelo.interchange.GiftFixtures.body;
import static org.paralelo.interchange.GiftFixtures.number;
import static org.paralelo.interchange.GiftFixtures.partial;
import static org.paralelo.interchange.GiftFixtures.pct;
import static org.paralelo.interchange.GiftFixtures.question;
import static org.paralelo.interchange.GiftFixtures.right;
import static org.paralelo.interchange.GiftFixtures.roundTrip;
import static org.paralelo.interchange.GiftFixtures.wrong;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;

/**
 * Moodle GIFT read without loss: partial credit on single-choice options, short answers and numeric answers, and
 * several numeric answers. Each fixture gives the exact structure it reads as, and each comes back unchanged through
 * the writer.
 */
class GiftCreditsTest {

    @Nested
    class SingleChoiceWithPartialCredit {

        @Test
        void a_right_answer_and_a_half_right_one_make_a_single_choice_worth_fifty_percent_for_the_half() {
            assertThat(body("¿Cuál? {=Right ~%50%Half right ~Wrong}")).isEqualTo(new SingleChoice(List.of(
                    right("Right", ""), partial("50", "Half right", ""), wrong("Wrong", ""))));
        }

        @Test
        void partial_options_keep_their_feedback_and_decimal_credits() {
            assertThat(body("¿Cuál? {=Sí#Bien. ~%33.333%Casi#Casi. ~%0%No#No.}")).isEqualTo(new SingleChoice(
                    List.of(right("Sí", "Bien."), partial("33.333", "Casi", "Casi."), wrong("No", "No."))));
        }

        @Test
        void a_right_mark_with_less_than_full_credit_is_a_partial_option_not_a_second_correct_one() {
            assertThat(body("¿Cuál? {=a =%50%b ~c}")).isEqualTo(new SingleChoice(List.of(right("a", ""),
                    partial("50", "b", ""), wrong("c", ""))));
        }

        @Test
        void a_penalty_on_a_wrong_option_is_read_as_nothing_with_a_warning_naming_the_option() {
            GiftResult result = GiftParser.parse("// nota\n¿Cuál? {=a ~%-50%b ~c}");
            assertThat(result.problems()).isEmpty();
            assertThat(result.questions().getFirst().question().body()).isEqualTo(new SingleChoice(List.of(
                    right("a", ""), wrong("b", ""), wrong("c", ""))));
            assertThat(result.warnings()).containsExactly(
                    new GiftProblem(2, "interchange.gift.penalty-left-out", "b"));
        }

        @Test
        void weighted_options_without_a_right_answer_are_still_a_multiple_choice() {
            assertThat(body("Elige {~%50%a ~%50%b ~c}")).isEqualTo(new MultipleChoice(List.of(
                    new MultipleChoice.Option("", "a", pct("50"), ""),
                    new MultipleChoice.Option("", "b", pct("50"), ""),
                    new MultipleChoice.Option("", "c", BigDecimal.ZERO, ""))));
        }

        @Test
        void partial_credit_is_written_as_a_weighted_wrong_option_and_read_back_unchanged() {
            String written = roundTrip(question("¿Cuál?", "General.", new SingleChoice(List.of(
                    right("Right", "Sí."), partial("50", "Half right", "Casi."), partial("12.5", "Poco", ""),
                    wrong("Wrong", "")))));
            assertThat(written).contains("\n=Right#Sí.\n~%50%Half right#Casi.\n~%12.5%Poco\n~Wrong\n");
        }
    }

    @Nested
    class ShortAnswerWithPartialCredit {

        @Test
        void a_fifty_percent_answer_and_a_full_one_keep_their_credits_in_order() {
            assertThat(body("¿Palabra? {=%50%answer =full}")).isEqualTo(new ShortAnswer(List.of(
                    accepted("50", "answer", ""), accepted("100", "full", "")), true, false, ""));
        }

        @Test
        void a_zero_percent_answer_keeps_its_feedback_for_a_common_mistake() {
            assertThat(body("¿Apoyo? {=sponsorship =%0%patronage#Not quite.}")).isEqualTo(new ShortAnswer(List.of(
                    accepted("100", "sponsorship", ""), accepted("0", "patronage", "Not quite.")), true, false, ""));
        }

        @Test
        void an_explicit_hundred_percent_is_full_credit() {
            assertThat(body("¿Órgano? {=%100%cabildo =%33.5%ayuntamiento}")).isEqualTo(new ShortAnswer(List.of(
                    accepted("100", "cabildo", ""), accepted("33.5", "ayuntamiento", "")), true, false, ""));
        }

        @Test
        void partial_credit_is_written_with_its_percentage_and_read_back_unchanged() {
            String written = roundTrip(question("¿Órgano?", "", new ShortAnswer(List.of(
                    accepted("100", "cabildo", "Bien."), accepted("50", "ayuntamiento", "En parte."),
                    accepted("0", "patronage", "No.")), true, false, "")));
            assertThat(written).contains("\n=cabildo#Bien.\n=%50%ayuntamiento#En parte.\n=%0%patronage#No.\n");
        }

        @Test
        void an_answer_starting_with_a_percent_sign_is_written_with_an_explicit_credit_so_it_stays_text() {
            String written = roundTrip(question("¿Descuento?", "", new ShortAnswer(List.of(
                    accepted("100", "%50%", ""), accepted("25", "%25", "")), true, false, "")));
            assertThat(written).contains("=%100%%50%", "=%25%%25");
        }
    }

    @Nested
    class NumericWithSeveralAnswers {

        private final Numeric threeOrNearly = new Numeric(List.of(number("100", "3", "0.5", ""),
                number("50", "3", "2", "")), "");

        @Test
        void several_marked_answers_are_all_kept_with_their_credits() {
            assertThat(body("¿Cuánto? {#=%100%3:0.5 =%50%3:2}")).isEqualTo(threeOrNearly);
        }

        @Test
        void a_first_answer_without_a_mark_is_worth_full_credit_and_the_others_follow() {
            assertThat(body("¿Cuánto? {#3:0.5 =%50%3:2}")).isEqualTo(threeOrNearly);
        }

        @Test
        void each_answer_keeps_its_feedback_and_a_wrong_mark_gives_the_incorrect_feedback() {
            assertThat(body("¿Cuánto? {#3:0.5#Exacto. =%50%3:2#Cerca. ~#Revisa.}")).isEqualTo(new Numeric(List.of(
                    number("100", "3", "0.5", "Exacto."), number("50", "3", "2", "Cerca.")), "Revisa."));
        }

        @Test
        void a_zero_credit_answer_is_kept_for_its_feedback() {
            assertThat(body("¿Cuánto? {#=7 =%0%10#Sumaste en lugar de restar.}")).isEqualTo(new Numeric(List.of(
                    number("100", "7", "", ""), number("0", "10", "", "Sumaste en lugar de restar.")), ""));
        }

        @Test
        void a_range_still_reads_as_its_midpoint_and_half_its_width_alone_or_among_other_answers() {
            assertThat(body("¿Entre? {#1..5}")).isEqualTo(new Numeric(List.of(number("100", "3", "2", "")), ""));
            assertThat(body("¿Entre? {#=1..5 =%50%0..6}")).isEqualTo(new Numeric(List.of(
                    number("100", "3", "2", ""), number("50", "3", "3", "")), ""));
        }

        @Test
        void several_answers_are_written_in_order_with_their_credits_and_read_back_unchanged() {
            String written = roundTrip(question("¿Cuánto?", "", new Numeric(List.of(
                    number("100", "3", "0.5", "Exacto."), number("50", "3", "2", "Cerca."),
                    number("0", "10", "", "Sumaste.")), "Revisa.")));
            assertThat(written).contains("{#\n=3:0.5#Exacto.\n=%50%3:2#Cerca.\n=%0%10#Sumaste.\n~#Revisa.\n}");
        }

        @Test
        void decimal_commas_survive_the_round_trip() {
            roundTrip(question("¿Cuánto?", "", new Numeric(List.of(number("100", "3,5", "0,1", ""),
                    number("25", "-2,75", "", "")), "")));
        }
    }
}
