package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.Ordering;

/** What learners get from a frozen quiz never gives away the answers. */
class LearnerQuizTest {

    private static LearnerQuiz.LearnerQuestion forLearners(QuestionBody body) {
        PublishedQuiz quiz = new PublishedQuiz(7, 1, "quiz", "Evaluación", QuizSettings.defaults(), List.of(
                new PublishedQuiz.Slot(SlotKind.FIXED, 1, null, List.of(new PublishedQuiz.FrozenQuestion("q1",
                        new Question("¿Orden?", BigDecimal.ONE, "General", body))))));
        return quiz.forLearners().slots().getFirst().questions().getFirst();
    }

    private static Ordering ordering(String... keys) {
        return new Ordering(java.util.Arrays.stream(keys).map(k -> new Ordering.Item(k, "Paso " + k)).toList());
    }

    /** Holds for every right order except the digest order itself, which is turned (next test). */
    @Test
    void ordering_items_come_in_the_same_order_whatever_the_right_order_is() {
        List<String> one = forLearners(ordering("1", "2", "3", "4")).choices().stream()
                .map(LearnerQuiz.Choice::key).toList();
        List<String> other = forLearners(ordering("4", "2", "1", "3")).choices().stream()
                .map(LearnerQuiz.Choice::key).toList();

        assertThat(one).containsExactlyInAnyOrder("1", "2", "3", "4").isEqualTo(other);
    }

    @Test
    void an_ordering_question_is_never_shown_already_in_its_right_order() {
        Random random = new Random(20261201);
        for (int run = 0; run < 2_000; run++) {
            String[] keys = IntStream.range(0, 2 + run % 5).mapToObj(i -> UUID.nameUUIDFromBytes(
                    Long.toString(random.nextLong()).getBytes(StandardCharsets.UTF_8)).toString()).toArray(String[]::new);
            List<String> shown = forLearners(ordering(keys)).choices().stream().map(LearnerQuiz.Choice::key).toList();

            assertThat(shown).as("run %d", run).containsExactlyInAnyOrder(keys).isNotEqualTo(List.of(keys));
        }
    }

    @Test
    void a_right_order_that_matches_the_digest_order_is_turned_by_one_place() {
        List<String> digestOrder = Stream.of("a", "b", "c").sorted(Comparator.comparing((String k) ->
                UUID.nameUUIDFromBytes(k.getBytes(StandardCharsets.UTF_8)).toString())).toList();
        List<String> shown = forLearners(ordering(digestOrder.toArray(String[]::new))).choices().stream()
                .map(LearnerQuiz.Choice::key).toList();

        assertThat(shown).containsExactly(digestOrder.get(1), digestOrder.get(2), digestOrder.get(0));
    }

    @Test
    void matching_answers_are_a_sorted_list_of_texts_not_tied_to_their_prompts() {
        LearnerQuiz.LearnerQuestion question = forLearners(new Matching(List.of(
                new Matching.Pair("a", "Renta", "Fijo"), new Matching.Pair("b", "Insumos", "Variable"),
                new Matching.Pair("c", "Luz del foro", "Fijo"))));

        assertThat(question.prompts()).extracting(LearnerQuiz.Choice::text)
                .containsExactly("Renta", "Insumos", "Luz del foro");
        assertThat(question.answerChoices()).containsExactly("Fijo", "Variable");
        assertThat(question.choices()).isEmpty();
    }
}
