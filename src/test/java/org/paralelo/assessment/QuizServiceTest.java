package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.ItemKind;
import org.paralelo.people.AccountService;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Quiz settings and slots: validated ranges, draws that fit their category, fixed questions that exist. */
@ParaleloSpringTest
@Tag("persistence")
class QuizServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizService quizzes;

    private QuizFixture f;
    private long category;

    @BeforeEach
    void course() {
        f = QuizFixture.create(accounts, authoring);
        category = f.asOwner(() -> bank.createCategory(f.course(), "Conceptos"));
    }

    private static QuizSettings settings(int passMark, int attempts, int minutes, FeedbackTiming timing,
                                         LocalDate closesOn) {
        return new QuizSettings(passMark, attempts, minutes, false, true, timing, GradingPolicy.BEST, closesOn);
    }

    @Test
    void a_new_quiz_shows_the_default_settings_and_no_questions() {
        QuizDraft quiz = f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey()));

        assertThat(quiz.title()).isEqualTo(QuizFixture.QUIZ_TITLE);
        assertThat(quiz.settings()).isEqualTo(QuizSettings.defaults());
        assertThat(quiz.slots()).isEmpty();
        assertThat(quiz.version()).isEqualTo(QuizDraft.UNSAVED);
    }

    @Test
    void settings_are_saved_and_read_back() {
        QuizSettings wanted = new QuizSettings(85, 3, 45, true, false, FeedbackTiming.AFTER_CLOSE,
                GradingPolicy.AVERAGE, LocalDate.of(2026, 11, 30));
        long version = f.asOwner(() -> quizzes.updateSettings(f.course(), f.quizKey(), wanted, QuizDraft.UNSAVED));

        QuizDraft quiz = f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey()));
        assertThat(quiz.settings()).isEqualTo(wanted);
        assertThat(quiz.version()).isEqualTo(version);
        assertThatThrownBy(() -> f.asOwner(() -> quizzes.updateSettings(f.course(), f.quizKey(), wanted,
                QuizDraft.UNSAVED))).isInstanceOf(StaleDataException.class);
    }

    @ParameterizedTest(name = "pass mark {0}, attempts {1}, {2} minutes, {3}: {4} refused")
    @CsvSource({
            "101, 0, 0, AFTER_SUBMIT, passMark, error.quiz.pass-mark",
            "-1, 0, 0, AFTER_SUBMIT, passMark, error.quiz.pass-mark",
            "50, -1, 0, AFTER_SUBMIT, attempts, error.quiz.attempts",
            "50, 0, 601, AFTER_SUBMIT, timeLimit, error.quiz.time-limit",
            "50, 0, -5, AFTER_SUBMIT, timeLimit, error.quiz.time-limit",
            "50, 0, 0, AFTER_CLOSE, closesOn, error.quiz.close-date-required"})
    void settings_out_of_range_are_refused_and_nothing_is_stored(int passMark, int attempts, int minutes,
                                                                  FeedbackTiming timing, String field, String key) {
        assertThatThrownBy(() -> f.asOwner(() -> quizzes.updateSettings(f.course(), f.quizKey(),
                settings(passMark, attempts, minutes, timing, null), QuizDraft.UNSAVED)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo(field);
                            assertThat(p.messageKey()).isEqualTo(key);
                        }));
        assertThat(f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey())).version()).isEqualTo(QuizDraft.UNSAVED);
    }

    @Test
    void the_limits_themselves_are_accepted() {
        f.asOwner(() -> quizzes.updateSettings(f.course(), f.quizKey(), settings(100, 0, 600,
                FeedbackTiming.IMMEDIATELY, null), QuizDraft.UNSAVED));
        assertThat(f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey())).settings().timeLimitMinutes())
                .isEqualTo(600);
    }

    @Test
    void a_random_draw_cannot_ask_for_more_questions_than_the_category_holds() {
        f.asOwner(() -> {
            bank.createQuestion(f.course(), category, QuizFixture.trueFalse());
            bank.createQuestion(f.course(), category, QuizFixture.shortAnswer());
        });

        assertThatThrownBy(() -> f.asOwner(() -> quizzes.addRandomDraw(f.course(), f.quizKey(), category, 3)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("count")).isTrue())
                .hasMessage("error.quiz.draw-too-large");
        assertThatThrownBy(() -> f.asOwner(() -> quizzes.addRandomDraw(f.course(), f.quizKey(), category, 0)))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.quiz.draw-count");

        f.asOwner(() -> quizzes.addRandomDraw(f.course(), f.quizKey(), category, 2));
        // The two draws together would ask for three of two questions.
        assertThatThrownBy(() -> f.asOwner(() -> quizzes.addRandomDraw(f.course(), f.quizKey(), category, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.quiz.draw-too-large");
        QuizDraft quiz = f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey()));
        assertThat(quiz.slots()).singleElement().satisfies(slot -> {
            assertThat(slot.kind()).isEqualTo(SlotKind.RANDOM);
            assertThat(slot.categoryName()).isEqualTo("Conceptos");
            assertThat(slot.draw()).isEqualTo(2);
        });
        assertThat(quiz.questionCount()).isEqualTo(2);
    }

    @Test
    void a_fixed_question_must_exist_in_this_courses_bank_and_appear_once() {
        QuizFixture other = QuizFixture.create(accounts, authoring);
        String foreign = other.asOwner(() -> bank.createQuestion(other.course(),
                bank.createCategory(other.course(), "Ajena"), QuizFixture.trueFalse()));
        String own = f.asOwner(() -> bank.createQuestion(f.course(), category, QuizFixture.trueFalse()));

        assertThatThrownBy(() -> f.asOwner(() -> quizzes.addQuestion(f.course(), f.quizKey(), foreign)))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.question.not-found");
        f.asOwner(() -> quizzes.addQuestion(f.course(), f.quizKey(), own));
        assertThatThrownBy(() -> f.asOwner(() -> quizzes.addQuestion(f.course(), f.quizKey(), own)))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.quiz.question-already-in-quiz");
        assertThat(f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey())).slots()).hasSize(1);
    }

    @Test
    void slots_move_up_and_down_and_can_be_removed() {
        f.asOwner(() -> {
            String a = bank.createQuestion(f.course(), category, QuizFixture.trueFalse());
            String b = bank.createQuestion(f.course(), category, QuizFixture.numeric());
            String c = bank.createQuestion(f.course(), category, QuizFixture.shortAnswer());
            for (String key : new String[] {a, b, c}) {
                quizzes.addQuestion(f.course(), f.quizKey(), key);
            }
            QuizDraft quiz = quizzes.quiz(f.course(), f.quizKey());
            quizzes.moveSlot(f.course(), f.quizKey(), quiz.slots().get(2).id(), 0);
            quizzes.removeSlot(f.course(), f.quizKey(), quiz.slots().get(1).id());

            assertThat(quizzes.quiz(f.course(), f.quizKey()).slots()).extracting(s -> s.question().key())
                    .containsExactly(c, a);
        });
    }

    @Test
    void only_quiz_items_have_quiz_settings() {
        String lesson = f.asOwner(() -> authoring.addItem(f.course(), f.moduleKey(), ItemKind.LESSON, "Lección",
                true));

        assertThatThrownBy(() -> f.asOwner(() -> quizzes.quiz(f.course(), lesson)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.course.item-not-found");
    }

    @Test
    void several_questions_are_added_all_together_or_not_at_all() {
        String first = f.asOwner(() -> bank.createQuestion(f.course(), category, QuizFixture.trueFalse()));
        String second = f.asOwner(() -> bank.createQuestion(f.course(), category, QuizFixture.shortAnswer()));

        assertThatThrownBy(() -> f.asOwner(() -> quizzes.addQuestions(f.course(), f.quizKey(),
                List.of(first, "no-such-question")))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> f.asOwner(() -> quizzes.addQuestions(f.course(), f.quizKey(),
                List.of(first, first)))).isInstanceOf(InvalidInputException.class);
        assertThat(f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey())).slots()).isEmpty();

        f.asOwner(() -> quizzes.addQuestions(f.course(), f.quizKey(), List.of(second, first)));
        assertThat(f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey())).slots())
                .extracting(s -> s.question().key()).containsExactly(second, first);
        assertThatThrownBy(() -> f.asOwner(() -> quizzes.addQuestions(f.course(), f.quizKey(), List.of(first))))
                .as("twice").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_question_written_in_the_quiz_goes_to_the_chosen_category_or_to_one_named_after_the_quiz() {
        String chosen = f.asOwner(() -> quizzes.writeQuestion(f.course(), f.quizKey(), category,
                QuizFixture.trueFalse()));
        String own = f.asOwner(() -> quizzes.writeQuestion(f.course(), f.quizKey(), null,
                QuizFixture.shortAnswer()));

        assertThat(f.asOwner(() -> bank.question(f.course(), chosen)).categoryId()).isEqualTo(category);
        long quizCategory = f.asOwner(() -> bank.question(f.course(), own)).categoryId();
        assertThat(f.asOwner(() -> bank.categories(f.course()))).filteredOn(c -> c.id() == quizCategory)
                .extracting(CategoryView::name).containsExactly(QuizFixture.QUIZ_TITLE);
        assertThat(f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey())).slots())
                .extracting(s -> s.question().key()).containsExactly(chosen, own);
    }
}
