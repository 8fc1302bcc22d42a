package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.domain.QuizAnswerRepository;
import org.paralelo.assessment.domain.QuizAttemptRepository;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Taking quizzes through the real services and database: start and resume, answers saved on every change and
 * stored once, grading at submission, essays in the trainer's queue, limits, the server's clock, and double
 * submits and saves from real concurrent threads.
 */
@ParaleloSpringTest
@RecordApplicationEvents
@Tag("persistence")
class AttemptServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizService quizzes;
    @Autowired
    PublishingService publishing;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    PublishedQuizService published;
    @Autowired
    AttemptService attempts;
    @Autowired
    GradingQueueService grading;
    @Autowired
    QuizResultsService results;
    @Autowired
    QuizAttemptRepository attemptRows;
    @Autowired
    QuizAnswerRepository answerRows;
    @Autowired
    ExpiredAttemptSweep sweep;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    private AttemptFixture publish(QuizSettings settings, List<Question> questions) {
        return AttemptFixture.publish(new AttemptFixture.Services(accounts, authoring, bank, quizzes, publishing, enrolments),
                settings, questions);
    }

    private Map<String, Response> rightAnswers(AttemptFixture f) {
        return Answers.rightForAll(f.quiz().asOwner(() -> published.fullQuiz(f.course(), 1, f.itemKey()))
                .orElseThrow());
    }

    private AttemptFixture objectiveQuiz(QuizSettings settings) {
        return publish(settings, List.of(QuizFixture.singleChoice("¿Qué es el equilibrio?"), QuizFixture.trueFalse(),
                QuizFixture.numeric()));
    }

    @Test
    void starting_again_resumes_the_open_attempt_with_the_same_questions() {
        AttemptFixture f = publish(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST),
                AttemptFixture.allEightTypes());

        long first = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        long again = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        AttemptView view = f.asLearner(() -> attempts.attempt(first));

        assertThat(again).isEqualTo(first);
        assertThat(view.questions()).hasSize(8);
        assertThat(view.questions()).extracting(q -> q.question().type())
                .containsExactlyElementsOf(AttemptFixture.EIGHT_TYPES);
        assertThat(view.questions()).allSatisfy(q -> assertThat(q.response()).isEqualTo(new Response.Unanswered()));
        assertThat(f.asLearner(() -> attempts.intro(f.course(), f.itemKey())).orElseThrow().openAttemptId())
                .isEqualTo(first);
    }

    @Test
    void starting_answers_with_the_number_the_learner_sees_also_when_it_resumes_the_open_attempt() {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));

        AttemptSummary first = f.asLearner(() -> attempts.startAttempt(f.course(), f.itemKey()));
        AttemptSummary resumed = f.asLearner(() -> attempts.startAttempt(f.course(), f.itemKey()));
        f.asLearner(() -> attempts.submit(first.id()));
        AttemptSummary second = f.asLearner(() -> attempts.startAttempt(f.course(), f.itemKey()));

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.state()).isEqualTo(AttemptState.IN_PROGRESS);
        assertThat(resumed.id()).isEqualTo(first.id());
        assertThat(resumed.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(f.asLearner(() -> attempts.attempt(second.id())).number()).isEqualTo(2);
    }

    @Test
    void the_submission_shows_the_graded_answers_as_the_attempt_shows_them_afterwards() {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));
        Map<String, Response> right = rightAnswers(f);
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        String answered = f.key(QuestionType.TRUE_FALSE);
        f.asLearner(() -> attempts.saveAnswer(id, answered, right.get(answered)));

        AttemptView submitted = f.asLearner(() -> attempts.submit(id));
        AttemptView afterwards = f.asLearner(() -> attempts.attempt(id));

        assertThat(submitted.open()).isFalse();
        assertThat(submitted.questions()).extracting(q -> q.question().key())
                .containsExactlyElementsOf(afterwards.questions().stream().map(q -> q.question().key()).toList());
        assertThat(submitted.questions()).extracting(AttemptView.AttemptQuestion::response)
                .containsExactlyElementsOf(afterwards.questions().stream().map(AttemptView.AttemptQuestion::response)
                        .toList());
        assertThat(submitted.questions()).extracting(q -> q.review() == null ? null : q.review().points())
                .usingElementComparator(AttemptServiceTest::sameNumber)
                .containsExactlyElementsOf(afterwards.questions().stream()
                        .map(q -> q.review() == null ? null : q.review().points()).toList());
        assertThat(submitted.result()).isNotNull();
        assertThat(submitted.result().score()).isEqualByComparingTo(afterwards.result().score());
        assertThat(submitted.result().gradePercent()).isEqualByComparingTo(afterwards.result().gradePercent());
        assertThat(submitted.result().passed()).isEqualTo(afterwards.result().passed());
    }

    private static int sameNumber(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b);
    }

    @Test
    void every_saved_answer_of_all_eight_types_comes_back_and_the_full_marks_grade_is_one_hundred() {
        AttemptFixture f = publish(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST),
                AttemptFixture.allEightTypes().subList(0, 7));
        Map<String, Response> right = rightAnswers(f);
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));

        right.forEach((key, response) -> f.asLearner(() -> attempts.saveAnswer(id, key, response)));
        AttemptView resumed = f.asLearner(() -> attempts.attempt(id));
        AttemptView submitted = f.asLearner(() -> attempts.submit(id));

        assertThat(resumed.questions()).allSatisfy(q -> {
            assertThat(q.response()).isEqualTo(right.get(q.question().key()));
            assertThat(q.review()).as("no review before submitting").isNull();
        });
        assertThat(submitted.state()).isEqualTo(AttemptState.GRADED);
        assertThat(submitted.result().gradePercent()).isEqualByComparingTo("100");
        assertThat(submitted.result().passed()).isTrue();
        assertThat(submitted.questions()).allSatisfy(q -> assertThat(q.review().points())
                .isEqualByComparingTo(q.review().maxPoints()));
        assertThat(events.stream(QuizAttemptGraded.class).filter(e -> e.attemptId() == id))
                .singleElement().satisfies(e -> assertThat(e.passed()).isTrue());
    }

    @Test
    void a_description_between_questions_is_shown_unnumbered_takes_no_answer_and_never_counts_in_the_grade() {
        Question intro = new Question("Para las siguientes preguntas usa lápiz y papel.", BigDecimal.ONE, "",
                new QuestionBody.Description());
        AttemptFixture f = publish(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST),
                List.of(intro, QuizFixture.singleChoice("¿Qué es el equilibrio?"), QuizFixture.trueFalse()));
        String description = f.keys().get(QuestionType.DESCRIPTION);
        Map<String, Response> right = rightAnswers(f);
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));

        AttemptView open = f.asLearner(() -> attempts.attempt(id));
        assertThat(open.questions()).extracting(q -> q.question().type(), AttemptView.AttemptQuestion::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(QuestionType.DESCRIPTION, 0),
                        org.assertj.core.groups.Tuple.tuple(QuestionType.SINGLE_CHOICE, 1),
                        org.assertj.core.groups.Tuple.tuple(QuestionType.TRUE_FALSE, 2));
        assertThat(open.questionCount()).isEqualTo(2);
        assertThat(f.asLearner(() -> attempts.intro(f.course(), f.itemKey())).orElseThrow().questionCount())
                .isEqualTo(2);
        assertThatThrownBy(() -> f.asLearner(() -> attempts.saveAnswer(id, description, new Response.Text("x"))))
                .isInstanceOf(UserFacingException.class);
        right.forEach((key, response) -> f.asLearner(() -> attempts.saveAnswer(id, key, response)));
        AttemptView submitted = f.asLearner(() -> attempts.submit(id));

        assertThat(submitted.result().maxScore()).isEqualByComparingTo(
                QuizFixture.singleChoice("x").points().add(QuizFixture.trueFalse().points()));
        assertThat(submitted.result().gradePercent()).isEqualByComparingTo("100");
        assertThat(submitted.questions().getFirst().review()).as("a description has nothing to review").isNull();
    }

    @Test
    void a_random_draw_never_picks_a_description_and_a_quiz_of_descriptions_alone_is_not_published() {
        QuizFixture f = QuizFixture.create(accounts, authoring);
        f.asOwner(() -> {
            long category = bank.createCategory(f.course(), "General");
            String description = bank.createQuestion(f.course(), category, new Question("Lee con calma.",
                    BigDecimal.ZERO, "", new QuestionBody.Description()));
            bank.createQuestion(f.course(), category, QuizFixture.trueFalse());
            quizzes.addRandomDraw(f.course(), f.quizKey(), category, 2);
            assertThatThrownBy(() -> publishing.publish(f.course())).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo("error.quiz.publish-draw-too-large");
            quizzes.quiz(f.course(), f.quizKey()).slots()
                    .forEach(slot -> quizzes.removeSlot(f.course(), f.quizKey(), slot.id()));
            quizzes.addQuestion(f.course(), f.quizKey(), description);
            assertThatThrownBy(() -> publishing.publish(f.course())).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo("error.quiz.publish-no-questions");
        });
    }

    @Test
    void the_same_answer_sent_twice_is_stored_once_and_a_change_gets_a_new_revision() {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));
        String key = f.key(QuestionType.TRUE_FALSE);
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));

        SavedAnswer first = f.asLearner(() -> attempts.saveAnswer(id, key, new Response.TrueOrFalse(true)));
        SavedAnswer twice = f.asLearner(() -> attempts.saveAnswer(id, key, new Response.TrueOrFalse(true)));
        SavedAnswer changed = f.asLearner(() -> attempts.saveAnswer(id, key, new Response.TrueOrFalse(false)));

        assertThat(twice.revision()).isEqualTo(first.revision()).isEqualTo(1);
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(answerRows.findByAttemptIdOrderByPosition(id)).hasSize(3);
    }

    @Test
    void concurrent_saves_of_one_question_leave_one_row_with_one_of_the_answers() throws Exception {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));
        String key = f.key(QuestionType.NUMERIC);
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));

        List<Object> outcomes = concurrently(8, i -> () -> f.asLearner(() ->
                attempts.saveAnswer(id, key, new Response.Text(Integer.toString(i % 2)))));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(SavedAnswer.class));
        assertThat(answerRows.findByAttemptIdOrderByPosition(id)).filteredOn(a -> a.getQuestionKey().equals(key))
                .singleElement().satisfies(a -> assertThat(a.getResponse()).matches(".*\"[01]\".*"));
    }

    @Test
    void a_double_submit_from_concurrent_threads_grades_exactly_once_without_errors() throws Exception {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        f.asLearner(() -> attempts.saveAnswer(id, f.key(QuestionType.TRUE_FALSE), new Response.TrueOrFalse(true)));

        List<Object> outcomes = concurrently(6, i -> () -> f.asLearner(() -> attempts.submit(id)));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(AttemptView.class,
                v -> assertThat(v.state()).isEqualTo(AttemptState.GRADED)));
        assertThat(events.stream(QuizAttemptGraded.class).filter(e -> e.attemptId() == id)).hasSize(1);
        assertThat(attemptRows.findById(id).orElseThrow().getScore()).isEqualByComparingTo("1");
        assertThat(f.asLearner(() -> attempts.submit(id)).result().score()).isEqualByComparingTo("1");
    }

    @Test
    void two_tabs_starting_at_the_same_moment_get_one_attempt() throws Exception {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(1, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));

        List<Object> ids = concurrently(4, i -> () -> f.asLearner(() -> attempts.start(f.course(), f.itemKey())));

        assertThat(ids).allSatisfy(id -> assertThat(id).isInstanceOf(Long.class)).containsOnly(ids.getFirst());
        assertThat(attemptRows.findByCourseIdAndItemKeyAndLearnerIdOrderByNumber(f.course().value(), f.itemKey(),
                f.learnerId().value())).hasSize(1);
    }

    @Test
    void answers_to_a_submitted_attempt_are_refused_and_change_nothing() {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));
        String key = f.key(QuestionType.TRUE_FALSE);
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        f.asLearner(() -> attempts.saveAnswer(id, key, new Response.TrueOrFalse(true)));
        f.asLearner(() -> attempts.submit(id));

        assertThatThrownBy(() -> f.asLearner(() -> attempts.saveAnswer(id, key, new Response.TrueOrFalse(false))))
                .isInstanceOfSatisfying(AttemptClosedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attempt.already-submitted"));
        assertThat(f.asLearner(() -> attempts.attempt(id)).questions()).filteredOn(q -> q.question().key().equals(key))
                .singleElement().satisfies(q -> assertThat(q.response()).isEqualTo(new Response.TrueOrFalse(true)));
    }

    @Test
    void the_attempt_limit_refuses_a_new_attempt_and_the_intro_says_so() {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(1, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        f.asLearner(() -> attempts.submit(id));

        assertThatThrownBy(() -> f.asLearner(() -> attempts.start(f.course(), f.itemKey())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attempt.no-attempts-left"));
        QuizIntro intro = f.asLearner(() -> attempts.intro(f.course(), f.itemKey())).orElseThrow();
        assertThat(intro.attemptsLeft()).isZero();
        assertThat(intro.canStart()).isFalse();
        assertThat(intro.cannotStartReason()).isEqualTo("error.attempt.no-attempts-left");
    }

    @Test
    void a_quiz_past_its_closing_date_cannot_be_started() {
        AttemptFixture f = objectiveQuiz(new QuizSettings(60, 0, 0, false, false, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST, LocalDate.now().minusDays(2)));

        assertThatThrownBy(() -> f.asLearner(() -> attempts.start(f.course(), f.itemKey())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attempt.quiz-closed"));
    }

    @Test
    void after_the_time_limit_answers_are_refused_and_the_attempt_is_submitted_with_what_was_saved() {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(0, 1, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));
        String key = f.key(QuestionType.TRUE_FALSE);
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        f.asLearner(() -> attempts.saveAnswer(id, key, new Response.TrueOrFalse(true)));
        assertThat(f.asLearner(() -> attempts.attempt(id)).deadline()).isNotNull();

        clock.advance(Duration.ofSeconds(61));
        try {
            assertThatThrownBy(() -> f.asLearner(() -> attempts.saveAnswer(id, key, new Response.TrueOrFalse(false))))
                    .isInstanceOfSatisfying(AttemptClosedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.attempt.time-up"));
        } finally {
            clock.advance(Duration.ofSeconds(-61));
        }
        AttemptView view = f.asLearner(() -> attempts.attempt(id));
        assertThat(view.state()).isEqualTo(AttemptState.GRADED);
        assertThat(view.result().score()).isEqualByComparingTo("1");
        assertThat(events.stream(QuizAttemptGraded.class).filter(e -> e.attemptId() == id)).hasSize(1);
    }

    @Test
    void the_sweep_submits_attempts_whose_time_ran_out_while_nobody_was_looking() {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(0, 1, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));

        clock.advance(Duration.ofSeconds(61));
        try {
            sweep.submitExpired();
        } finally {
            clock.advance(Duration.ofSeconds(-61));
        }

        assertThat(attemptRows.findById(id).orElseThrow().getState()).isEqualTo(AttemptState.GRADED);
    }

    @Test
    void an_essay_waits_in_the_course_trainers_queue_and_its_grade_completes_the_attempt() {
        AttemptFixture f = trueFalseAndEssay();
        long id = answeredRightWithAnEssay(f);

        AttemptView submitted = f.asLearner(() -> attempts.submit(id));
        List<PendingEssay> queue = f.quiz().asOwner(() -> grading.myQueue());

        assertThat(submitted.state()).isEqualTo(AttemptState.AWAITING_GRADING);
        assertThat(submitted.result().gradePercent()).isNull();
        assertThat(events.stream(QuizAttemptGraded.class).filter(e -> e.attemptId() == id)).isEmpty();
        assertThat(queue).filteredOn(e -> e.attemptId() == id).singleElement()
                .satisfies(e -> assertThat(e.answer()).isEqualTo("Mi ensayo"));
        assertThat(f.asLearner(() -> results.myOutcomes(f.course()))).singleElement()
                .satisfies(o -> assertThat(o.awaitingGrading()).isTrue());

        f.quiz().asOwner(() -> grading.grade(id, f.key(QuestionType.ESSAY), new BigDecimal("3.5"), "Bien argumentado"));

        AttemptView graded = f.asLearner(() -> attempts.attempt(id));
        assertThat(graded.state()).isEqualTo(AttemptState.GRADED);
        assertThat(graded.result().score()).isEqualByComparingTo("4.5");
        assertThat(graded.result().gradePercent()).isEqualByComparingTo("90");
        assertThat(graded.questions()).filteredOn(q -> q.question().type() == QuestionType.ESSAY).singleElement()
                .satisfies(q -> assertThat(q.review().graderComment()).isEqualTo("Bien argumentado"));
        assertThat(events.stream(QuizAttemptGraded.class).filter(e -> e.attemptId() == id)).singleElement()
                .satisfies(e -> assertThat(e.passed()).isTrue());
        assertThat(f.quiz().asOwner(() -> grading.queue(f.course()))).isEmpty();
    }

    @Test
    void a_trainer_who_corrects_an_essay_grade_changes_the_attempts_score_and_the_grade_is_announced_again() {
        AttemptFixture f = trueFalseAndEssay();
        long id = answeredRightWithAnEssay(f);
        f.asLearner(() -> attempts.submit(id));
        f.quiz().asOwner(() -> grading.grade(id, f.key(QuestionType.ESSAY), new BigDecimal("3.5"), "Bien"));

        f.quiz().asOwner(() -> grading.grade(id, f.key(QuestionType.ESSAY), new BigDecimal("1"), "Revisado: falta"));

        AttemptView corrected = f.asLearner(() -> attempts.attempt(id));
        assertThat(corrected.state()).isEqualTo(AttemptState.GRADED);
        assertThat(corrected.result().score()).as("1 (true/false) + 1 (essay)").isEqualByComparingTo("2");
        assertThat(corrected.result().gradePercent()).isEqualByComparingTo("40");
        assertThat(corrected.result().passed()).isFalse();
        assertThat(corrected.questions()).filteredOn(q -> q.question().type() == QuestionType.ESSAY).singleElement()
                .satisfies(q -> assertThat(q.review().graderComment()).isEqualTo("Revisado: falta"));
        assertThat(events.stream(QuizAttemptGraded.class).filter(e -> e.attemptId() == id))
                .extracting(QuizAttemptGraded::passed).containsExactly(true, false);
    }

    private AttemptFixture trueFalseAndEssay() {
        return publish(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST),
                List.of(QuizFixture.trueFalse(), AttemptFixture.essay()));
    }

    /** Starts an attempt with the true/false question right (1 point) and an essay waiting for its grade. */
    private long answeredRightWithAnEssay(AttemptFixture f) {
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        f.asLearner(() -> attempts.saveAnswer(id, f.key(QuestionType.TRUE_FALSE), new Response.TrueOrFalse(true)));
        f.asLearner(() -> attempts.saveAnswer(id, f.key(QuestionType.ESSAY), new Response.Text("Mi ensayo")));
        return id;
    }

    @Test
    void essay_points_outside_the_questions_points_are_refused() {
        AttemptFixture f = publish(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST),
                List.of(AttemptFixture.essay()));
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        f.asLearner(() -> attempts.saveAnswer(id, f.key(QuestionType.ESSAY), new Response.Text("Texto")));
        f.asLearner(() -> attempts.submit(id));

        for (String points : new String[] {"-1", "4.01", "1.005"}) {
            assertThatThrownBy(() -> f.quiz().asOwner(() -> grading.grade(id, f.key(QuestionType.ESSAY),
                    new BigDecimal(points), ""))).as(points).isInstanceOf(UserFacingException.class);
        }
        assertThat(f.quiz().asOwner(() -> grading.queue(f.course()))).hasSize(1);
    }

    @Test
    void the_grading_policy_decides_which_attempt_counts() {
        AttemptFixture best = objectiveQuiz(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));
        AttemptFixture last = objectiveQuiz(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.LAST));
        AttemptFixture average = objectiveQuiz(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.AVERAGE));

        for (AttemptFixture f : List.of(best, last, average)) {
            Map<String, Response> right = rightAnswers(f);
            long good = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
            right.forEach((key, response) -> f.asLearner(() -> attempts.saveAnswer(good, key, response)));
            f.asLearner(() -> attempts.submit(good));
            long blank = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
            f.asLearner(() -> attempts.submit(blank));
        }

        assertThat(outcome(best).gradePercent()).isEqualByComparingTo("100");
        assertThat(outcome(best).passed()).isTrue();
        assertThat(outcome(last).gradePercent()).isEqualByComparingTo("0");
        assertThat(outcome(last).passed()).isFalse();
        assertThat(outcome(average).gradePercent()).isEqualByComparingTo("50");
        assertThat(outcome(average).attemptsUsed()).isEqualTo(2);
        assertThat(best.quiz().asOwner(() -> results.outcomesOf(best.course(), best.learnerId()))).singleElement()
                .isEqualTo(outcome(best));
        assertThat(best.quiz().asOwner(() -> results.courseOutcomes(best.course()))).hasSize(1);
    }

    private QuizOutcome outcome(AttemptFixture f) {
        return f.asLearner(() -> results.myOutcomes(f.course())).getFirst();
    }

    @Test
    void feedback_after_the_quiz_closes_keeps_right_answers_out_of_the_learners_view_until_then() {
        AttemptFixture f = objectiveQuiz(new QuizSettings(60, 0, 0, false, false, FeedbackTiming.AFTER_CLOSE,
                GradingPolicy.BEST, LocalDate.now().plusDays(3)));
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));

        AttemptView submitted = f.asLearner(() -> attempts.submit(id));

        assertThat(submitted.result().reviewShown()).isFalse();
        assertThat(submitted.questions()).allSatisfy(q -> assertThat(q.review()).isNull());
        assertThat(submitted.toString()).doesNotContain("¡Exacto!", "Bien calculado", "Correcto: no cambia");
    }

    @Test
    void with_immediate_feedback_a_checked_answer_shows_its_review_and_can_no_longer_change() {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(0, 0, FeedbackTiming.IMMEDIATELY,
                GradingPolicy.BEST));
        String tf = f.key(QuestionType.TRUE_FALSE);
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        f.asLearner(() -> attempts.saveAnswer(id, tf, new Response.TrueOrFalse(false)));

        assertThatThrownBy(() -> f.asLearner(() -> attempts.checkAnswer(id, f.key(QuestionType.NUMERIC))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attempt.check-unanswered"));
        AttemptView checked = f.asLearner(() -> attempts.checkAnswer(id, tf));

        assertThat(checked.open()).isTrue();
        assertThat(checked.questions()).filteredOn(q -> q.question().key().equals(tf)).singleElement()
                .satisfies(q -> {
                    assertThat(q.review().points()).isEqualByComparingTo("0");
                    assertThat(q.review().feedback()).contains("Revisa la definición.");
                    assertThat(q.review().rightAnswers()).containsExactly("attempt.true");
                });
        assertThat(checked.questions()).filteredOn(q -> !q.question().key().equals(tf))
                .allSatisfy(q -> assertThat(q.review()).isNull());
        assertThatThrownBy(() -> f.asLearner(() -> attempts.saveAnswer(id, tf, new Response.TrueOrFalse(true))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attempt.answer-checked"));
        assertThat(f.asLearner(() -> attempts.submit(id)).result().score()).isEqualByComparingTo("0");
    }

    @Test
    void checking_an_answer_is_refused_when_feedback_comes_after_submitting() {
        AttemptFixture f = objectiveQuiz(AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST));
        String tf = f.key(QuestionType.TRUE_FALSE);
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        f.asLearner(() -> attempts.saveAnswer(id, tf, new Response.TrueOrFalse(true)));

        assertThatThrownBy(() -> f.asLearner(() -> attempts.checkAnswer(id, tf)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attempt.no-immediate-feedback"));
        assertThat(f.asLearner(() -> attempts.attempt(id)).questions()).allSatisfy(q -> assertThat(q.review())
                .isNull());
    }

    /** Runs n calls at once on n threads (released together) and returns each result or thrown exception. */
    static List<Object> concurrently(int n, java.util.function.IntFunction<Callable<Object>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Object> work = call.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return work.call();
                    } catch (Exception failed) {
                        return failed;
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
