package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Description;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;

/**
 * Moodle's own GIFT unit tests, case by case, read the way Paralelo models questions. Each test names the Moodle
 * test it comes from: {@code question/format/gift/tests/giftformat_test.php} in moodle/moodle (GPL; only the GIFT
 * inputs and the expected meaning are taken, no code). Where Paralelo's model differs from Moodle's the comment
 * says how (formats become Markdown or plain text; Moodle's answer fractions are credits in %).
 */
class MoodleGiftCasesTest {

    private static Question only(String gift) {
        GiftResult result = GiftParser.parse(gift);
        assertThat(result.problems()).as("problems").isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().getFirst().question();
    }

    /** Written by Paralelo and read again: the same question. */
    private static String writtenAndReadBack(Question question) {
        String gift = GiftWriter.write(List.of(new ParsedQuestion(0, "", question)));
        assertThat(only(gift)).isEqualTo(question);
        return gift;
    }

    @Nested
    class Essays {

        /** test_import_essay. */
        @Test
        void an_essay_is_empty_braces_with_its_name_and_text() {
            Question essay = only("\n// essay\n::Q8:: How are you? {}");
            assertThat(essay.title()).isEqualTo("Q8");
            assertThat(essay.text()).isEqualTo("How are you?");
            assertThat(essay.generalFeedback()).isEmpty();
            assertThat(essay.body()).isEqualTo(new Essay(""));
            assertThat(essay.points()).isEqualByComparingTo("1");
        }

        /** test_export_essay. */
        @Test
        void an_essay_is_written_as_its_name_text_and_empty_braces() {
            String gift = writtenAndReadBack(new Question("How are you?", BigDecimal.ONE, "", new Essay(""), "Q8"));
            assertThat(gift).startsWith("::Q8::").contains("How are you? {\n}");
        }

        /** test_import_backslash (MDL-34171). */
        @Test
        void a_double_backslash_is_one_backslash() {
            Question essay = only("\n// essay\n::double backslash:: A \\\\ B \\\\\\\\ C{}");
            assertThat(essay.text()).isEqualTo("A \\ B \\\\ C");
        }

        /** test_export_backslash (MDL-34171). */
        @Test
        void a_backslash_is_written_doubled() {
            String gift = writtenAndReadBack(new Question("A \\ B \\\\ C", BigDecimal.ONE, "", new Essay(""),
                    "backslash"));
            assertThat(gift).contains("A \\\\ B \\\\\\\\ C");
        }

        /** test_import_pre_content: escaped braces inside HTML code stay braces; the text becomes Markdown. */
        @Test
        void escaped_braces_in_html_code_are_braces_not_an_answer_block() {
            Question essay = only("""

                    ::Q001::[html]<p>What would running the test method print?</p>
                    <pre>
                        public void test() \\{
                            method1();
                            method2();
                            method3();
                        \\}
                    </pre>
                    {}""");
            assertThat(essay.body()).isEqualTo(new Essay(""));
            assertThat(essay.text()).contains("What would running the test method print?", "public void test() {",
                    "method3();", "}");
        }
    }

    @Nested
    class MatchingQuestions {

        /**
         * test_import_match: each left side may name its format; the last pair has no left side and is a
         * distractor. Paralelo shows pairs as plain text, so [html] becomes its text.
         */
        @Test
        void pairs_keep_their_texts_and_an_empty_left_side_is_a_distractor() {
            Question match = only("""

                    // question: 2  name: Moodle activities
                    ::Moodle activities::[html]Match the <b>activity</b> to the description.{
                        =[html]An activity supporting asynchronous discussions. -> Forum
                        =[moodle]A teacher asks a question and specifies a choice of multiple responses. -> Choice
                        =[plain]A bank of record entries which participants can add to. -> Database
                        =[markdown]A collection of web pages that anyone can add to or edit. -> Wiki
                        = -> Chat
                    }""");
            assertThat(match.title()).isEqualTo("Moodle activities");
            assertThat(match.text()).isEqualTo("Match the **activity** to the description.");
            Matching body = (Matching) match.body();
            assertThat(body.pairs()).extracting(Matching.Pair::prompt, Matching.Pair::answer).containsExactly(
                    tuple("An activity supporting asynchronous discussions.", "Forum"),
                    tuple("A teacher asks a question and specifies a choice of multiple responses.", "Choice"),
                    tuple("A bank of record entries which participants can add to.", "Database"),
                    tuple("A collection of web pages that anyone can add to or edit.", "Wiki"),
                    tuple("", "Chat"));
            assertThat(body.prompted()).hasSize(4);
            assertThat(body.pairs().getLast().distractor()).isTrue();
        }

        /** test_export_match: a distractor is written with an empty left side. */
        @Test
        void a_distractor_is_written_with_an_empty_left_side() {
            String gift = writtenAndReadBack(new Question("Match the activity to the description.", BigDecimal.ONE,
                    "", new Matching(List.of(new Matching.Pair("", "Discussions.", "Forum"),
                    new Matching.Pair("", "Several responses.", "Choice"), new Matching.Pair("", "", "Chat"))),
                    "Moodle activities"));
            assertThat(gift).contains("\n=Discussions. -> Forum", "\n= -> Chat\n");
        }
    }

    @Nested
    class Choices {

        /** test_import_multichoice: one right answer, feedback per option, each option may name its format. */
        @Test
        void one_right_answer_makes_a_single_choice_with_feedback_per_option() {
            Question choice = only("""

                    // multiple choice with specified feedback for right and wrong answers
                    ::Q2:: What's between orange and green in the spectrum?
                    {
                        =yellow # right; good!
                        ~red # [html]wrong, it's yellow
                        ~[plain]blue # wrong, it's yellow
                    }""");
            assertThat(choice.title()).isEqualTo("Q2");
            assertThat(choice.text()).isEqualTo("What's between orange and green in the spectrum?");
            assertThat(((SingleChoice) choice.body()).options())
                    .extracting(SingleChoice.Option::text, SingleChoice.Option::correct, SingleChoice.Option::feedback)
                    .containsExactly(tuple("yellow", true, "right; good!"), tuple("red", false, "wrong, it's yellow"),
                            tuple("blue", false, "wrong, it's yellow"));
        }

        /** test_import_multichoice_multi: weights without a right answer make a multiple choice. */
        @Test
        void weights_without_a_right_answer_make_a_multiple_choice() {
            Question choice = only("""

                    ::colours:: What's between orange and green in the spectrum?
                    {
                        ~%50%yellow # right; good!
                        ~%-100%red # [html]wrong
                        ~%50%off-beige # right; good!
                        ~%-100%[plain]blue # wrong
                    }""");
            assertThat(((MultipleChoice) choice.body()).options())
                    .extracting(MultipleChoice.Option::text, o -> o.credit().intValue(),
                            MultipleChoice.Option::feedback)
                    .containsExactly(tuple("yellow", 50, "right; good!"), tuple("red", -100, "wrong"),
                            tuple("off-beige", 50, "right; good!"), tuple("blue", -100, "wrong"));
        }

        /** test_import_multichoice_multi_tricky: one option worth 100 % among penalties is still a multiple choice. */
        @Test
        void a_hundred_percent_option_among_penalties_is_a_multiple_choice() {
            Question choice = only("""
                    ::colours:: What's between orange and green in the spectrum?
                    {
                        ~%100%yellow # right; good!
                        ~%-50%red # wrong
                        ~%-50%blue # wrong
                    }""");
            assertThat(((MultipleChoice) choice.body()).options()).extracting(o -> o.credit().intValue())
                    .containsExactly(100, -50, -50);
        }

        /** test_export_multichoice. */
        @Test
        void a_single_choice_is_written_with_equals_and_tildes_and_feedback_after_a_hash() {
            String gift = writtenAndReadBack(new Question("What's between orange and green in the spectrum?",
                    BigDecimal.ONE, "", new SingleChoice(List.of(
                    new SingleChoice.Option("", "yellow", true, "right; good!"),
                    new SingleChoice.Option("", "red", false, "wrong, it's yellow"),
                    new SingleChoice.Option("", "blue", false, "wrong, it's yellow"))), "Q8"));
            assertThat(gift).contains("\n=yellow#right; good!\n~red#wrong, it's yellow\n~blue#wrong, it's yellow");
        }

        /** test_export_multichoice_multi_tricky. */
        @Test
        void a_multiple_choice_is_written_with_a_weight_on_every_option() {
            String gift = writtenAndReadBack(new Question("What's between orange and green in the spectrum?",
                    BigDecimal.ONE, "", new MultipleChoice(List.of(
                    new MultipleChoice.Option("", "yellow", new BigDecimal("100"), "right; good!"),
                    new MultipleChoice.Option("", "red", new BigDecimal("-50"), "wrong, it's yellow"),
                    new MultipleChoice.Option("", "blue", new BigDecimal("-50"), "wrong, it's yellow"))), "Q8"));
            assertThat(gift).contains("\n~%100%yellow#right; good!\n~%-50%red#wrong, it's yellow\n"
                    + "~%-50%blue#wrong, it's yellow");
        }
    }

    @Nested
    class Numbers {

        /** test_import_numerical: a value with its tolerance and feedback for any other number. */
        @Test
        void a_value_with_tolerance_and_feedback_for_anything_else() {
            Question number = only("\n// math range question\n"
                    + "::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}");
            assertThat(number.text()).isEqualTo("What is a number from 1 to 5?");
            assertThat(number.body()).isEqualTo(new Numeric(List.of(new Numeric.Answer("3", "2",
                    QuestionBody.FULL_CREDIT, "")), "Completely wrong"));
        }

        /** test_export_numerical: Moodle writes {@code =%100%3:2#}; both forms read the same. */
        @Test
        void a_numeric_question_is_written_so_that_moodle_and_paralelo_read_it_the_same() {
            Question number = new Question("What is a number from 1 to 5?", BigDecimal.ONE, "",
                    new Numeric(List.of(new Numeric.Answer("3", "2", QuestionBody.FULL_CREDIT, "")),
                            "Completely wrong"), "Q5");
            assertThat(writtenAndReadBack(number)).contains("{#\n=3:2\n~#Completely wrong\n}");
            assertThat(only("::Q5::What is a number from 1 to 5?{#\n\t=%100%3:2#\n\t~#Completely wrong\n}"))
                    .isEqualTo(number);
        }
    }

    @Nested
    class ShortAnswers {

        private final ShortAnswer animals = new ShortAnswer(List.of(
                new ShortAnswer.Accepted("Frog", QuestionBody.FULL_CREDIT, "Good!"),
                new ShortAnswer.Accepted("Cat", new BigDecimal("50"), "What is it with Moodlers and cats?")),
                true, false, "Completely wrong");

        /**
         * test_import_shortanswer: credits in %; Moodle's catch-all {@code *} worth nothing is the feedback for any
         * other answer.
         */
        @Test
        void credits_are_kept_and_the_catch_all_gives_the_feedback_for_any_other_answer() {
            Question answer = only("""

                    // question: 666  name: Shortanswer
                    ::Shortanswer::Which is the best animal?{
                        =Frog#Good!
                        =%50%Cat#What is it with Moodlers and cats?
                        =%0%*#Completely wrong
                    }""");
            assertThat(answer.title()).isEqualTo("Shortanswer");
            assertThat(answer.body()).isEqualTo(animals);
        }

        /** test_import_shortanswer_with_general_feedback: general feedback may name its own format. */
        @Test
        void general_feedback_follows_four_hashes_and_may_be_html() {
            Question answer = only("""
                    ::Shortanswer::Which is the best animal?{
                        =Frog#Good!
                        =%50%Cat#What is it with Moodlers and cats?
                        =%0%*#Completely wrong
                        ####[html]Here is some general feedback!
                    }""");
            assertThat(answer.body()).isEqualTo(animals);
            assertThat(answer.generalFeedback()).isEqualTo("Here is some general feedback!");
        }

        /** test_export_shortanswer and test_export_shortanswer_with_general_feedback. */
        @Test
        void a_short_answer_is_written_with_its_credits_catch_all_and_general_feedback() {
            String gift = writtenAndReadBack(new Question("Which is the best animal?", BigDecimal.ONE,
                    "Here is some general feedback!", animals, "Shortanswer"));
            assertThat(gift).contains("\n=Frog#Good!\n=%50%Cat#What is it with Moodlers and cats?\n"
                    + "=%0%*#Completely wrong\n####Here is some general feedback!\n}");
        }
    }

    @Nested
    class TrueOrFalse {

        /** test_import_truefalse: the first feedback goes to a wrong answer, the second to a right one. */
        @Test
        void false_with_feedback_for_the_wrong_then_the_right_answer() {
            Question statement = only("\n// true/false\n::Q1:: 42 is the Absolute Answer to everything.{\n"
                    + "FALSE#42 is the Ultimate Answer.#You gave the right answer.}");
            assertThat(statement.text()).isEqualTo("42 is the Absolute Answer to everything.");
            assertThat(statement.body()).isEqualTo(new TrueFalse(false, "42 is the Ultimate Answer.",
                    "You gave the right answer."));
        }

        /** test_import_truefalse_true_answer1 and test_import_truefalse_true_answer2. */
        @ParameterizedTest
        @CsvSource({"T", "TRUE"})
        void t_and_true_are_true(String answer) {
            Question statement = only("// name 0-11\n::2-08 TSL::TSL is blablabla.{" + answer + "}");
            assertThat(statement.title()).isEqualTo("2-08 TSL");
            assertThat(statement.text()).isEqualTo("TSL is blablabla.");
            assertThat(statement.body()).isEqualTo(new TrueFalse(true, "", ""));
        }

        /** test_export_truefalse. */
        @Test
        void true_is_written_with_the_wrong_answers_feedback_first() {
            String gift = writtenAndReadBack(new Question("42 is the Absolute Answer to everything.", BigDecimal.ONE,
                    "", new TrueFalse(true, "You gave the right answer.", "42 is the Ultimate Answer."), "Q1"));
            assertThat(gift).contains("{TRUE#42 is the Ultimate Answer.#You gave the right answer.");
        }
    }

    @Nested
    class IdNumbersAndTags {

        /** test_import_question_with_tags: the comments above a question carry its id number and tags. */
        @Test
        void the_comments_above_a_question_give_its_id_number_and_tags() {
            Question essay = only("""

                    // This question is to test importing tags: [tag:tag] [tag:other-tag].
                    // And an idnumber: [id:myid].
                    ::Question name:: How are you? {}""");
            assertThat(essay.idNumber()).isEqualTo("myid");
            assertThat(essay.tags()).containsExactly("tag", "other-tag");
            assertThat(essay.body()).isEqualTo(new Essay(""));
        }

        /** test_extract_idnumber_and_tags_from_comment, its nine cases ("-" stands for nothing). */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "blank comment|-|-|-",
            "nothing in comment|-|-|// A basic comment.",
            "idnumber only|frog|-|// A comment with [id:frog] <-- an idnumber.",
            "tags only|-|frog,toad|// Look tags: [tag:frog] [tag:toad].",
            "everything|four|add,basic|// [tag:add] [tag:basic] [id:four]",
            "everything mixed up|four|basic,add|"
                + "// [tag:  basic] Here is  \\n// a [id:   four   ] que[tag:add   ]stion.",
            "split over line|-|-|// Ceci n'est pas une [tag:\\n\\ frog].",
            "escape ] idnumber|i]d|-|// [id:i\\]d].",
            "escape ] tag|-|t]ag|// [tag:t\\]ag]."})
        void id_numbers_and_tags_are_read_from_comments(String name, String id, String tags, String comment) {
            GiftComments.Marks marks = GiftComments.marks(comment.equals("-") ? "" : comment.replace("\\n", "\n"));
            assertThat(marks.idNumber()).isEqualTo(id.equals("-") ? "" : id);
            assertThat(marks.tags()).containsExactlyElementsOf(tags.equals("-") ? List.of() : List.of(tags.split(",")));
        }

        /** test_export_question_with_tags_and_idnumber. */
        @Test
        void id_number_and_tags_are_written_in_a_comment_before_the_question() {
            Question statement = new Question("The answer is true.", BigDecimal.ONE,
                    "You should have selected true.", new TrueFalse(true, "This is the right answer.",
                    "This is the wrong answer."), "True/false question", "myid", List.of("tag1", "tag2"));
            String gift = writtenAndReadBack(statement);
            assertThat(gift).startsWith("// [id:myid] [tag:tag1] [tag:tag2]\n::True/false question::")
                    .contains("{TRUE#This is the wrong answer.#This is the right answer.\n"
                            + "####You should have selected true.\n}");
        }

        @Test
        void a_closing_bracket_in_an_id_or_tag_survives_writing_and_reading() {
            writtenAndReadBack(new Question("¿Sí?", BigDecimal.ONE, "", new TrueFalse(true, "", ""), "",
                    "id]1", List.of("t]ag", "costos")));
        }
    }

    /**
     * What Moodle's importer accepts that the independent GIFT test suite found refused here (issue #15), read
     * as Moodle's format.php reads it.
     */
    @Nested
    class AsMoodleReadsIt {

        @Test
        void a_text_without_an_answer_block_is_a_description_worth_no_points() {
            Question intro = only("::Intro::You can use pencil and paper for these next questions.");
            assertThat(intro.title()).isEqualTo("Intro");
            assertThat(intro.text()).isEqualTo("You can use pencil and paper for these next questions.");
            assertThat(intro.body()).isEqualTo(new Description());
            assertThat(intro.points()).isZero();
            assertThat(writtenAndReadBack(intro)).doesNotContain("{", "points");
        }

        @Test
        void several_right_answers_with_a_wrong_one_make_a_single_choice_where_each_earns_full_credit() {
            Question seasons = only("Which are seasons? { = spring = summer = winter = autumn ~ easter }");
            assertThat(((SingleChoice) seasons.body()).options())
                    .extracting(SingleChoice.Option::text, SingleChoice.Option::correct)
                    .containsExactly(tuple("spring", true), tuple("summer", true), tuple("winter", true),
                            tuple("autumn", true), tuple("easter", false));
            writtenAndReadBack(seasons);
        }

        @Test
        void an_answer_without_an_equals_sign_is_a_short_answer() {
            assertThat(only("Two plus two minus three? {One}").body()).isEqualTo(new ShortAnswer(List.of(
                    new ShortAnswer.Accepted("One", "")), true, false, ""));
            assertThat(only("Uno o dos {uno =dos}").body()).isEqualTo(new ShortAnswer(List.of(
                    new ShortAnswer.Accepted("uno", ""), new ShortAnswer.Accepted("dos", "")), true, false, ""));
        }

        @Test
        void a_matching_answer_without_an_arrow_is_refused_as_a_malformed_matching_question() {
            GiftResult result = GiftParser.parse("Match {=a -> 1 =b}");
            assertThat(result.questions()).isEmpty();
            assertThat(result.problems()).extracting(GiftProblem::line, GiftProblem::messageKey, GiftProblem::detail)
                    .containsExactly(tuple(1, "interchange.gift.matching-arrow", "b"));
        }

        @Test
        void a_moodle_image_in_the_general_feedback_is_reported_as_left_out() {
            GiftResult result = GiftParser.parse("Q {=a ~b ####[html]<img src=\"@@PLUGINFILE@@/chart.png\">}");
            assertThat(result.questions()).hasSize(1);
            assertThat(result.questions().getFirst().question().generalFeedback()).isEmpty();
            assertThat(result.warnings()).extracting(GiftProblem::line, GiftProblem::messageKey,
                    GiftProblem::detail).containsExactly(tuple(1, "interchange.gift.image-left-out", "chart.png"));
        }
    }
}
