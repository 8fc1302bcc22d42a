package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.domain.QuizVersionRepository;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDraft;
import org.paralelo.courses.CourseState;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishingService;
import org.paralelo.courses.CourseId;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Publishing a course freezes its quizzes with the version: later edits of the bank or the quiz change nothing
 * learners see until the next publish, and question keys stay the same across versions.
 */
@ParaleloSpringTest
@Tag("persistence")
class QuizPublishingTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizService quizzes;
    @Autowired
    PublishedQuizService published;
    @Autowired
    QuizVersionRepository quizVersions;

    /** Two fixed questions (single choice, numeric) and one drawn at random from two (short answer, true/false). */
    private record Built(QuizFixture fixture, String choiceKey, String numericKey, long drawCategory) {
    }

    private Built threeQuestionQuiz() {
        QuizFixture f = QuizFixture.create(accounts, authoring);
        return f.asOwner(() -> {
            long costs = bank.createCategory(f.course(), "Costos");
            long concepts = bank.createCategory(f.course(), "Conceptos");
            String choice = bank.createQuestion(f.course(), costs, QuizFixture.singleChoice("¿Qué es el equilibrio?"));
            String numeric = bank.createQuestion(f.course(), costs, QuizFixture.numeric());
            bank.createQuestion(f.course(), concepts, QuizFixture.shortAnswer());
            bank.createQuestion(f.course(), concepts, QuizFixture.trueFalse());
            quizzes.addQuestion(f.course(), f.quizKey(), choice);
            quizzes.addQuestion(f.course(), f.quizKey(), numeric);
            quizzes.addRandomDraw(f.course(), f.quizKey(), concepts, 1);
            return new Built(f, choice, numeric, concepts);
        });
    }

    @Test
    void publishing_freezes_the_quiz_with_all_its_questions_and_settings() {
        Built built = threeQuestionQuiz();
        QuizFixture f = built.fixture();

        int version = f.asOwner(() -> publishing.publish(f.course()));
        PublishedQuiz quiz = f.asOwner(() -> published.fullQuiz(f.course(), version, f.quizKey())).orElseThrow();

        assertThat(version).isEqualTo(1);
        assertThat(quiz.title()).isEqualTo(QuizFixture.QUIZ_TITLE);
        assertThat(quiz.questionCount()).isEqualTo(3);
        assertThat(quiz.slots()).extracting(PublishedQuiz.Slot::kind)
                .containsExactly(SlotKind.FIXED, SlotKind.FIXED, SlotKind.RANDOM);
        assertThat(quiz.slots().get(2).categoryName()).isEqualTo("Conceptos");
        assertThat(quiz.slots().get(2).questions()).extracting(q -> q.question().type())
                .containsExactly(QuestionType.SHORT_ANSWER, QuestionType.TRUE_FALSE);
        assertThat(quiz.question(built.choiceKey()).orElseThrow().question().text())
                .isEqualTo("¿Qué es el equilibrio?");
        assertThat(quiz.settings()).isEqualTo(QuizSettings.defaults());
    }

    @Test
    void a_copied_course_brings_its_question_bank_and_quizzes_and_can_be_published_at_once() {
        Built built = threeQuestionQuiz();
        QuizFixture f = built.fixture();
        f.asOwner(() -> {
            String lesson = authoring.addItem(f.course(), f.moduleKey(), ItemKind.LESSON,
                    "Lección", true);
            authoring.saveLesson(f.course(), lesson, "Texto.", authoring.lesson(f.course(), lesson).version());
        });

        CourseId copy = f.asOwner(() -> authoring.copyCourse(f.course(), "Copia para la región Sureste"));
        String copiedQuiz = f.asOwner(() -> authoring.draft(copy)).modules().getFirst().items().stream()
                .filter(i -> i.kind() == ItemKind.QUIZ).findFirst().orElseThrow().key();
        int version = f.asOwner(() -> publishing.publish(copy));
        PublishedQuiz quiz = f.asOwner(() -> published.fullQuiz(copy, version, copiedQuiz)).orElseThrow();

        assertThat(copiedQuiz).isNotEqualTo(f.quizKey());
        assertThat(quiz.questionCount()).isEqualTo(3);
        assertThat(quiz.question(built.choiceKey()).orElseThrow().question().text())
                .isEqualTo("¿Qué es el equilibrio?");
        assertThat(quiz.slots().get(2).categoryName()).isEqualTo("Conceptos");
    }

    @Test
    void editing_the_bank_after_publishing_changes_nothing_until_the_next_publish_and_keys_stay_stable() {
        Built built = threeQuestionQuiz();
        QuizFixture f = built.fixture();
        f.asOwner(() -> publishing.publish(f.course()));
        String learner = People.uniqueUsername("aprendiz");
        People.create(accounts, learner, Role.LEARNER);

        f.asOwner(() -> {
            QuestionView current = bank.question(f.course(), built.choiceKey());
            SingleChoice body = (SingleChoice) current.question().body();
            Question changed = new Question("¿Qué es el punto de equilibrio? (corregida)", current.question().points(),
                    current.question().generalFeedback(), new SingleChoice(List.of(
                    body.options().get(0), body.options().get(1),
                    new SingleChoice.Option("", "Cuando hay donativos", false, ""))));
            bank.updateQuestion(f.course(), built.choiceKey(), current.categoryId(), changed, current.version());
            QuizDraft draft = quizzes.quiz(f.course(), f.quizKey());
            quizzes.updateSettings(f.course(), f.quizKey(), new QuizSettings(80, 2, 30, true, false,
                    FeedbackTiming.AFTER_CLOSE, GradingPolicy.LAST, LocalDate.of(2026, 12, 15)), draft.version());
        });

        PublishedQuiz first = f.asOwner(() -> published.fullQuiz(f.course(), 1, f.quizKey())).orElseThrow();
        LearnerQuiz firstForLearner = As.user(learner, new String[] {"LEARNER"},
                () -> published.quiz(f.course(), 1, f.quizKey())).orElseThrow();
        assertThat(first.question(built.choiceKey()).orElseThrow().question().text())
                .isEqualTo("¿Qué es el equilibrio?");
        assertThat(firstForLearner.slots().getFirst().questions().getFirst().text())
                .isEqualTo("¿Qué es el equilibrio?");
        assertThat(firstForLearner.slots().getFirst().questions().getFirst().choices()).hasSize(3)
                .noneMatch(c -> c.text().equals("Cuando hay donativos"));
        assertThat(first.settings().passMarkPercent()).isEqualTo(70);

        int second = f.asOwner(() -> publishing.publish(f.course()));
        PublishedQuiz republished = f.asOwner(() -> published.fullQuiz(f.course(), second, f.quizKey()))
                .orElseThrow();
        assertThat(second).isEqualTo(2);
        assertThat(republished.question(built.choiceKey()).orElseThrow().question().text())
                .isEqualTo("¿Qué es el punto de equilibrio? (corregida)");
        assertThat(republished.settings()).isEqualTo(new QuizSettings(80, 2, 30, true, false,
                FeedbackTiming.AFTER_CLOSE, GradingPolicy.LAST, LocalDate.of(2026, 12, 15)));
        assertThat(keys(republished)).isEqualTo(keys(first)).contains(built.choiceKey(), built.numericKey());
        // Option keys survive the edit too, so answers given to version 1 keep their meaning.
        SingleChoice before = (SingleChoice) first.question(built.choiceKey()).orElseThrow().question().body();
        SingleChoice after = (SingleChoice) republished.question(built.choiceKey()).orElseThrow().question().body();
        assertThat(after.options().subList(0, 2)).extracting(SingleChoice.Option::key)
                .containsExactlyElementsOf(before.options().subList(0, 2).stream().map(SingleChoice.Option::key)
                        .toList());
        // Version 1 still reads as it was.
        assertThat(f.asOwner(() -> published.fullQuiz(f.course(), 1, f.quizKey())).orElseThrow()).isEqualTo(first);
    }

    @Test
    void a_quiz_with_no_questions_blocks_publishing_and_leaves_no_version_behind() {
        QuizFixture f = QuizFixture.create(accounts, authoring);

        assertThatThrownBy(() -> f.asOwner(() -> publishing.publish(f.course())))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.quiz.publish-no-questions");
                    assertThat(((UserFacingException) e).arguments()).containsExactly(QuizFixture.QUIZ_TITLE);
                });

        CourseDraft draft = f.asOwner(() -> authoring.draft(f.course()));
        assertThat(draft.state()).isEqualTo(CourseState.DRAFT);
        assertThat(draft.publishedVersion()).isNull();
        assertThat(f.asOwner(() -> publishing.history(f.course()))).isEmpty();
        assertThat(quizVersions.countByKeyCourseId(f.course().value())).isZero();
    }

    @Test
    void one_empty_quiz_among_several_blocks_the_whole_publish() {
        Built built = threeQuestionQuiz();
        QuizFixture f = built.fixture();
        f.asOwner(() -> authoring.addItem(f.course(), f.moduleKey(), ItemKind.QUIZ, "Autoevaluación vacía", false));

        assertThatThrownBy(() -> f.asOwner(() -> publishing.publish(f.course())))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).arguments())
                        .containsExactly("Autoevaluación vacía"));
        assertThat(quizVersions.countByKeyCourseId(f.course().value())).isZero();
        assertThat(f.asOwner(() -> publishing.history(f.course()))).isEmpty();
    }

    @Test
    void a_draw_larger_than_what_the_category_still_holds_blocks_publishing() {
        Built built = threeQuestionQuiz();
        QuizFixture f = built.fixture();
        f.asOwner(() -> {
            // Move one concept question into another category: the draw of 1 still fits; a second draw does not.
            quizzes.addRandomDraw(f.course(), f.quizKey(), built.drawCategory(), 1);
            String moved = bank.questions(f.course(), built.drawCategory()).getFirst().key();
            QuestionView view = bank.question(f.course(), moved);
            long other = bank.createCategory(f.course(), "Otra");
            bank.updateQuestion(f.course(), moved, other, view.question(), view.version());
        });

        assertThatThrownBy(() -> f.asOwner(() -> publishing.publish(f.course())))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey())
                        .isEqualTo("error.quiz.publish-draw-too-large"));
        assertThat(quizVersions.countByKeyCourseId(f.course().value())).isZero();
    }

    @Test
    void the_learner_view_of_a_published_quiz_contains_no_right_answers_or_feedback() {
        QuizFixture f = QuizFixture.create(accounts, authoring);
        f.asOwner(() -> {
            long category = bank.createCategory(f.course(), "Todo");
            for (Question question : List.of(
                    withSecrets(QuizFixture.singleChoice("¿Equilibrio?")),
                    new Question("Costo por boleto", java.math.BigDecimal.ONE, "SECRETO-GENERAL",
                            new QuestionBody.Numeric("7777777,5", "0,333", "SECRETO-NUM-OK", "SECRETO-NUM-MAL")),
                    new Question("Nombre de la disciplina", java.math.BigDecimal.ONE, "",
                            new QuestionBody.ShortAnswer(List.of(new QuestionBody.ShortAnswer.Accepted(
                                    "Gestión cultural secreta", "SECRETO-SA")), true, true, "SECRETO-SA-MAL")),
                    new Question("Ensayo", java.math.BigDecimal.TEN, "", new QuestionBody.Essay("SECRETO-GRADER")),
                    new Question("Ordena", java.math.BigDecimal.ONE, "", new QuestionBody.Ordering(List.of(
                            new QuestionBody.Ordering.Item("", "Primero"),
                            new QuestionBody.Ordering.Item("", "Segundo"),
                            new QuestionBody.Ordering.Item("", "Tercero")))))) {
                quizzes.addQuestion(f.course(), f.quizKey(), bank.createQuestion(f.course(), category, question));
            }
            publishing.publish(f.course());
        });
        String learner = People.uniqueUsername("aprendiz");
        People.create(accounts, learner, Role.LEARNER);

        LearnerQuiz quiz = As.user(learner, new String[] {"LEARNER"}, () -> published.quiz(f.course(), 1,
                f.quizKey())).orElseThrow();
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(quiz);

        assertThat(quiz.questionCount()).isEqualTo(5);
        assertThat(json).doesNotContain("SECRETO", "Gestión cultural secreta", "7777777", "0,333", "correct",
                "credit", "tolerance", "accepted", "graderInfo");
        assertThat(json).contains("Cuando los ingresos cubren los costos", "Primero", "Costo por boleto");
        LearnerQuiz.LearnerQuestion ordering = quiz.slots().get(4).questions().getFirst();
        PublishedQuiz full = f.asOwner(() -> published.fullQuiz(f.course(), 1, f.quizKey())).orElseThrow();
        List<String> rightOrder = ((QuestionBody.Ordering) full.slots().get(4).questions().getFirst().question()
                .body()).items().stream().map(QuestionBody.Ordering.Item::key).toList();
        assertThat(ordering.choices()).extracting(LearnerQuiz.Choice::key)
                .containsExactlyInAnyOrderElementsOf(rightOrder);
    }

    private static Question withSecrets(Question question) {
        SingleChoice body = (SingleChoice) question.body();
        return new Question(question.text(), question.points(), "SECRETO-GENERAL-SC", new SingleChoice(
                body.options().stream().map(o -> new SingleChoice.Option(o.key(), o.text(), o.correct(),
                        "SECRETO-OPCION-" + o.text().length())).toList()));
    }

    private static Set<String> keys(PublishedQuiz quiz) {
        return quiz.slots().stream().flatMap(s -> s.questions().stream()).map(PublishedQuiz.FrozenQuestion::key)
                .collect(Collectors.toSet());
    }
}
