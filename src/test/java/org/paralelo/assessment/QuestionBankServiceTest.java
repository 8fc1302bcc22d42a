package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.domain.BankQuestionRepository;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.people.AccountService;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The question bank refuses bad input with a field and a message, stores nothing then, and keeps keys stable. */
@ParaleloSpringTest
@Tag("persistence")
class QuestionBankServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizService quizzes;
    @Autowired
    BankQuestionRepository rows;
    @Autowired
    JdbcTemplate jdbc;

    private QuizFixture f;
    private long category;

    @BeforeEach
    void course() {
        f = QuizFixture.create(accounts, authoring);
        category = f.asOwner(() -> bank.createCategory(f.course(), "Costos"));
    }

    private void assertRefusedWithoutStoring(Question question, String field, String messageKey) {
        long before = rows.findByCourseIdOrderById(f.course().value()).size();
        assertThatThrownBy(() -> f.asOwner(() -> bank.createQuestion(f.course(), category, question)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo(field);
                            assertThat(p.messageKey()).isEqualTo(messageKey);
                        }));
        assertThat(rows.findByCourseIdOrderById(f.course().value())).hasSize((int) before);
    }

    @Test
    void a_trainer_writes_a_question_and_reads_it_back_with_keys_for_every_option() {
        String key = f.asOwner(() -> bank.createQuestion(f.course(), category, QuizFixture.singleChoice("¿Qué?")));

        QuestionView stored = f.asOwner(() -> bank.question(f.course(), key));
        assertThat(stored.categoryId()).isEqualTo(category);
        assertThat(stored.question().text()).isEqualTo("¿Qué?");
        assertThat(stored.question().points()).isEqualByComparingTo("2");
        assertThat(((SingleChoice) stored.question().body()).options()).hasSize(3)
                .allSatisfy(o -> assertThat(o.key()).matches("[0-9a-f]{10}"));
        assertThat(f.asOwner(() -> bank.categories(f.course()))).singleElement()
                .satisfies(c -> assertThat(c.questionCount()).isEqualTo(1));
        assertThat(f.asOwner(() -> bank.questions(f.course(), category))).extracting(QuestionSummary::key)
                .containsExactly(key);
    }

    @Test
    void a_question_keeps_its_title_and_a_title_over_255_characters_is_refused() {
        Question titled = new Question("La renta del foro es un costo fijo.", BigDecimal.ONE, "",
                new QuestionBody.TrueFalse(true, "", ""), "M1 · Costos fijos");
        String key = f.asOwner(() -> bank.createQuestion(f.course(), category, titled));
        assertThat(f.asOwner(() -> bank.question(f.course(), key)).question().title()).isEqualTo("M1 · Costos fijos");

        assertRefusedWithoutStoring(new Question("¿Texto?", BigDecimal.ONE, "", new QuestionBody.TrueFalse(true, "", ""),
                "t".repeat(256)), "title", "error.too-long");
    }

    @Test
    void a_choice_question_with_no_correct_answer_is_refused_and_nothing_is_stored() {
        assertRefusedWithoutStoring(new Question("¿Cuál?", BigDecimal.ONE, "", new SingleChoice(List.of(
                new SingleChoice.Option("", "Una", false, ""), new SingleChoice.Option("", "Otra", false, "")))),
                "options", "error.question.no-correct-option");
    }

    @Test
    void a_numeric_question_whose_answer_is_a_word_is_refused_and_nothing_is_stored() {
        assertRefusedWithoutStoring(new Question("¿Cuántos meses tiene un año?", BigDecimal.ONE, "",
                new Numeric("doce", "", "", "")), "answers.0.value", "error.question.not-a-number");
    }

    @Test
    void a_numeric_question_stored_before_several_answers_existed_reads_back_as_one_full_credit_answer() {
        String key = f.asOwner(() -> bank.createQuestion(f.course(), category, QuizFixture.numeric()));
        jdbc.update("update question set type_data = ? where question_key = ?", """
                {"type":"NUMERIC","value":"3,5","tolerance":"0.1","correctFeedback":"Bien.",\
                "incorrectFeedback":"Mal."}""", key);

        assertThat(f.asOwner(() -> bank.question(f.course(), key)).question().body()).isEqualTo(new Numeric(
                List.of(new Numeric.Answer("3,5", "0.1", new BigDecimal("100"), "Bien.")), "Mal."));
    }

    @Test
    void credits_of_single_choice_options_short_answers_and_numeric_answers_are_stored_and_read_back() {
        Question partial = new Question("¿Qué órgano aprueba el presupuesto?", BigDecimal.ONE, "",
                new QuestionBody.ShortAnswer(List.of(new QuestionBody.ShortAnswer.Accepted("cabildo", ""),
                        new QuestionBody.ShortAnswer.Accepted("ayuntamiento", new BigDecimal("50"), "Casi.")),
                        true, true, ""));
        Question half = new Question("¿Cuál?", BigDecimal.ONE, "", new SingleChoice(List.of(
                new SingleChoice.Option("", "Sí", true, ""),
                new SingleChoice.Option("", "Casi", false, new BigDecimal("50"), ""))));
        Question numbers = new Question("¿Cuánto?", BigDecimal.ONE, "", new Numeric(List.of(
                new Numeric.Answer("3", "0.5", new BigDecimal("100"), ""),
                new Numeric.Answer("3", "2", new BigDecimal("50"), "Casi.")), ""));
        for (Question question : List.of(partial, half, numbers)) {
            String key = f.asOwner(() -> bank.createQuestion(f.course(), category, question));
            QuestionBody stored = f.asOwner(() -> bank.question(f.course(), key)).question().body();
            assertThat(stored).as(question.type().name()).usingRecursiveComparison()
                    .ignoringFieldsMatchingRegexes(".*key").isEqualTo(question.body());
        }
    }

    @Test
    void an_empty_or_ten_thousand_character_text_is_refused_and_nothing_is_stored() {
        assertRefusedWithoutStoring(QuizFixture.singleChoice("   "), "text", "error.required");
        assertRefusedWithoutStoring(QuizFixture.singleChoice("a".repeat(10_000)), "text", "error.too-long");
        Question longFeedback = QuizFixture.singleChoice("¿Bien?");
        assertRefusedWithoutStoring(new Question("¿Bien?", BigDecimal.ONE, "r".repeat(10_000), longFeedback.body()),
                "generalFeedback", "error.too-long");
    }

    @Test
    void a_refused_edit_leaves_the_stored_question_as_it_was() {
        String key = f.asOwner(() -> bank.createQuestion(f.course(), category, QuizFixture.numeric()));
        QuestionView before = f.asOwner(() -> bank.question(f.course(), key));

        assertThatThrownBy(() -> f.asOwner(() -> bank.updateQuestion(f.course(), key, category,
                new Question("Otra", BigDecimal.ONE, "", new Numeric("doce", "", "", "")), before.version())))
                .isInstanceOf(InvalidInputException.class);

        assertThat(f.asOwner(() -> bank.question(f.course(), key))).isEqualTo(before);
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        String key = f.asOwner(() -> bank.createQuestion(f.course(), category, QuizFixture.numeric()));
        QuestionView seen = f.asOwner(() -> bank.question(f.course(), key));
        f.asOwner(() -> bank.updateQuestion(f.course(), key, category, QuizFixture.numeric(), seen.version()));

        assertThatThrownBy(() -> f.asOwner(() -> bank.updateQuestion(f.course(), key, category,
                QuizFixture.numeric(), seen.version()))).isInstanceOf(StaleDataException.class);
    }

    @Test
    void the_type_of_a_saved_question_cannot_change() {
        String key = f.asOwner(() -> bank.createQuestion(f.course(), category, QuizFixture.numeric()));
        long version = f.asOwner(() -> bank.question(f.course(), key)).version();

        assertThatThrownBy(() -> f.asOwner(() -> bank.updateQuestion(f.course(), key, category,
                QuizFixture.trueFalse(), version)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.question.type-change");
    }

    @Test
    void a_question_in_a_quiz_cannot_be_deleted_until_it_is_removed_from_the_quiz() {
        String key = f.asOwner(() -> bank.createQuestion(f.course(), category, QuizFixture.trueFalse()));
        f.asOwner(() -> quizzes.addQuestion(f.course(), f.quizKey(), key));

        assertThatThrownBy(() -> f.asOwner(() -> bank.deleteQuestion(f.course(), key)))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).arguments())
                        .containsExactly(QuizFixture.QUIZ_TITLE));

        f.asOwner(() -> {
            long slot = quizzes.quiz(f.course(), f.quizKey()).slots().getFirst().id();
            quizzes.removeSlot(f.course(), f.quizKey(), slot);
            bank.deleteQuestion(f.course(), key);
        });
        assertThat(f.asOwner(() -> bank.allQuestions(f.course()))).isEmpty();
    }

    @Test
    void category_names_are_unique_per_course_and_only_empty_categories_can_go() {
        assertThatThrownBy(() -> f.asOwner(() -> bank.createCategory(f.course(), "  costos ")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("name")).isTrue())
                .hasMessage("error.bank.category-exists");
        f.asOwner(() -> bank.createQuestion(f.course(), category, QuizFixture.trueFalse()));

        assertThatThrownBy(() -> f.asOwner(() -> bank.deleteCategory(f.course(), category)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.bank.category-not-empty");

        long empty = f.asOwner(() -> bank.createCategory(f.course(), "Vacía"));
        f.asOwner(() -> bank.deleteCategory(f.course(), empty));
        assertThat(f.asOwner(() -> bank.categories(f.course()))).extracting(CategoryView::name)
                .containsExactly("Costos");
    }

    @Test
    void a_question_cannot_be_filed_in_another_courses_category() {
        QuizFixture other = QuizFixture.create(accounts, authoring);
        long foreign = other.asOwner(() -> bank.createCategory(other.course(), "Ajena"));

        assertThatThrownBy(() -> f.asOwner(() -> bank.createQuestion(f.course(), foreign, QuizFixture.trueFalse())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("category")).isTrue());
    }
}
