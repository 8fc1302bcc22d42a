package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;

/** Every quiz written for the sample courses imports without a problem, and survives a round trip. */
class GiftSamplesTest {

    static Stream<Path> quizzes() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content-samples"))) {
            List<Path> gift = files.filter(p -> p.toString().endsWith(".gift")
                    && p.getParent().getFileName().toString().equals("quizzes")).sorted().toList();
            assertThat(gift).hasSizeGreaterThanOrEqualTo(17);
            return gift.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void every_sample_quiz_parses_with_zero_problems(Path quiz) throws IOException {
        GiftResult result = GiftParser.parse(Files.readString(quiz));
        assertThat(result.problems()).as(quiz.toString()).isEmpty();
        assertThat(result.questions()).as(quiz.toString()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(q -> assertThat(q.category()).isNotBlank());
        System.out.println("GIFT sample " + quiz + ": " + result.questions().size() + " questions");
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void every_sample_quiz_survives_a_round_trip_through_the_writer(Path quiz) throws IOException {
        List<ParsedQuestion> first = GiftParser.parse(Files.readString(quiz)).questions();
        GiftResult again = GiftParser.parse(GiftWriter.write(first));
        assertThat(again.problems()).isEmpty();
        assertThat(again.questions()).extracting(ParsedQuestion::category, ParsedQuestion::question)
                .containsExactlyElementsOf(first.stream().map(q -> org.assertj.core.groups.Tuple.tuple(q.category(),
                        q.question())).toList());
    }

    @Test
    void a_sample_quiz_gives_exactly_the_expected_questions() throws IOException {
        List<ParsedQuestion> questions = GiftParser.parse(Files.readString(
                Path.of("content-samples/cultural-policy/quizzes/m1-foundations.gift"))).questions();
        assertThat(questions).extracting(q -> q.question().type().name()).containsExactly("SINGLE_CHOICE",
                "MULTIPLE_CHOICE", "TRUE_FALSE", "NUMERIC", "SHORT_ANSWER", "MATCHING", "SINGLE_CHOICE", "ESSAY");
        assertThat(questions).allSatisfy(q -> assertThat(q.category()).isEqualTo("cultural-policy/module-1"));
        assertThat(questions.get(3).line()).isEqualTo(22);
        assertThat(questions.get(3).question().body()).isEqualTo(new Numeric("27", "0",
                "Correct. Article 27 also protects the moral and material interests of creators.", ""));
        assertThat(questions.get(2).question().body()).isInstanceOfSatisfying(TrueFalse.class, tf -> {
            assertThat(tf.answer()).isFalse();
            assertThat(tf.feedbackTrue()).startsWith("Not quite.");
            assertThat(tf.feedbackFalse()).startsWith("Correct. The policy exists");
        });
        assertThat(((ShortAnswer) questions.get(4).question().body()).answers())
                .extracting(ShortAnswer.Accepted::text, a -> a.credit().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cabildo", "100"),
                        org.assertj.core.groups.Tuple.tuple("el cabildo", "100"),
                        org.assertj.core.groups.Tuple.tuple("ayuntamiento", "50"));
        assertThat(((MultipleChoice) questions.get(1).question().body()).options())
                .extracting(MultipleChoice.Option::credit).containsExactly(new BigDecimal("50"),
                        new BigDecimal("50"), new BigDecimal("-100"), new BigDecimal("-100"));
        assertThat(((Matching) questions.get(5).question().body()).pairs()).extracting(Matching.Pair::prompt)
                .containsExactly("Respect", "Protect", "Fulfil");
        assertThat(questions.get(7).question().body()).isEqualTo(new Essay(""));
        assertThat(questions.get(7).question().generalFeedback()).startsWith("A strong answer gives");
    }

    @Test
    void the_writer_escapes_special_characters_so_they_come_back_unchanged() {
        Question tricky = new Question("a = b ~ c # d {e} f: g \\ h\nsegunda línea\n\ntercera", BigDecimal.ONE,
                "general #### con \\= cosas", new SingleChoice(List.of(
                        new SingleChoice.Option("", "x=y", true, "bien # muy bien"),
                        new SingleChoice.Option("", "z~w \\n", false, ""),
                        new SingleChoice.Option("", "p -> q", false, "r->s"))));
        List<ParsedQuestion> written = List.of(new ParsedQuestion(1, "cat: uno", tricky));
        GiftResult result = GiftParser.parse(GiftWriter.write(written));
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo(tricky);
            assertThat(q.category()).isEqualTo("cat: uno");
        });
    }

    @Test
    void arrows_inside_short_answers_and_matching_pairs_are_escaped_so_the_type_does_not_change() {
        List<ParsedQuestion> arrows = List.of(
                new ParsedQuestion(1, "", new Question("Flecha", BigDecimal.ONE, "", new ShortAnswer(List.of(
                        new ShortAnswer.Accepted("A -> B", "")), true, false, ""))),
                new ParsedQuestion(3, "", new Question("Pares", BigDecimal.ONE, "", new Matching(List.of(
                        new Matching.Pair("", "x -> y", "z"), new Matching.Pair("", "u", "v->w"))))));
        GiftResult again = GiftParser.parse(GiftWriter.write(arrows));
        assertThat(again.problems()).isEmpty();
        assertThat(again.questions()).extracting(ParsedQuestion::question)
                .containsExactly(arrows.get(0).question(), arrows.get(1).question());
    }

    @Test
    void every_type_the_writer_knows_comes_back_unchanged() {
        List<ParsedQuestion> all = GiftParser.parse("""
                Uno {=a#b ~c}

                Dos {~%50%a ~%50%b ~%-100%c#no}

                $CATEGORY: otra

                Tres {T#mal#bien}

                Cuatro {F}

                Cinco {=uno =el uno#sí}

                Seis {#1..5#bien ~#mal}

                Siete {=a -> b =c -> d =e -> f}

                Ocho {}

                Nueve {#=3,5:0,1}
                """).questions();
        assertThat(all).hasSize(9);
        GiftResult again = GiftParser.parse(GiftWriter.write(all));
        assertThat(again.problems()).isEmpty();
        assertThat(again.questions()).extracting(ParsedQuestion::question)
                .containsExactlyElementsOf(all.stream().map(ParsedQuestion::question).toList());
        assertThat(again.questions()).extracting(ParsedQuestion::category)
                .containsExactly("", "", "otra", "otra", "otra", "otra", "otra", "otra", "otra");
    }
}
