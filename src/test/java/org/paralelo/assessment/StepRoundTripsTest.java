package org.paralelo.assessment;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.RoundTrips;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * What the two most frequent steps of a learner ask of the database (issue 16): each statement and transaction
 * boundary is a round trip on MariaDB, where 1,000 learners made these steps 10-20 times slower than on H2. The
 * counts are pinned so a change that adds a query per navigation or per answer shows up here, not in a load run.
 */
@Import(RoundTrips.Configuration.class)
class StepRoundTripsTest extends KaribuTest {

    /**
     * 20 (38) in 6 transactions before the page opened on an attempt read it in one transaction, not three; 18 (30)
     * in 4 before the start answered with the attempt's number (the player read the attempt again for it).
     */
    private static final int START_STATEMENTS = 15;
    private static final int START_TOTAL = 24;
    private static final int START_TRANSACTIONS = 3;
    /**
     * The submission, the listeners that follow it (here on the test's thread) and the result page. 25 (49) in 8
     * transactions before the grading handed its answers to the result and the page showed the submission's result
     * (the attempt's answers were read twice in the submission and once more in a transaction of their own).
     */
    private static final int SUBMIT_STATEMENTS = 21;
    private static final int SUBMIT_TOTAL = 42;
    private static final int SUBMIT_TRANSACTIONS = 7;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired ApplicationContext application;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolments;
    @Autowired ProgressService progress;

    @Test
    void a_lesson_navigation_of_an_enrolled_learner_asks_the_database_little() {
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        String learner = LearningFixture.learner(accounts);
        As.user(learner, LearningFixture.LEARNER, () -> enrolments.enrolMe(course.course));
        signIn(learner, "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.lesson(course.course, course.lesson1));
        UI.getCurrent().navigate(LearnerPaths.lesson(course.course, course.lesson2));

        List<String> navigation = RoundTrips.of(() ->
                UI.getCurrent().navigate(LearnerPaths.lesson(course.course, course.lesson1)));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(LearnerPaths.lesson(course.course, course.lesson1));
        print("lesson navigation", navigation);
        // 20 and 26 before the published version came from the snapshot cache (it was read twice per navigation);
        // 18 and 24 in two transactions before the check ran inside the step's one transaction, the caller's id was
        // read once per transaction (one statement, not three) and the lesson rows once; 8 and 11 before the
        // enrolment was read once (by its natural key) for the reader check and the visit, not twice.
        assertThat(RoundTrips.statements(navigation)).as("statements").hasSizeLessThanOrEqualTo(7);
        assertThat(navigation).as("statements and transaction boundaries").hasSizeLessThanOrEqualTo(10);
        assertThat(RoundTrips.transactions(navigation)).as("transactions").isEqualTo(1);
        assertThat(reading("enrolment", navigation)).as("statements reading the enrolment").isEqualTo(1);
    }

    @Test
    void opening_the_same_lesson_again_within_a_minute_writes_nothing() {
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        String learner = LearningFixture.learner(accounts);
        As.user(learner, LearningFixture.LEARNER, () -> enrolments.enrolMe(course.course));
        As.user(learner, LearningFixture.LEARNER, () -> progress.openLesson(course.course, course.lesson1));

        List<String> reload = RoundTrips.of(() -> As.user(learner, LearningFixture.LEARNER,
                () -> progress.openLesson(course.course, course.lesson1)));

        print("lesson opened again", reload);
        assertThat(RoundTrips.transactions(reload)).as("transactions").isEqualTo(1);
        assertThat(reload).as("writes").noneMatch(entry -> entry.startsWith("update") || entry.startsWith("insert"));
    }

    @Test
    void saving_an_answer_asks_the_database_little_and_the_same_answer_again_writes_nothing() {
        AttemptFixture f = quiz();
        signIn(f.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));
        _click(_get(Button.class, spec -> spec.withId("start-attempt")));
        TextField field = _get(card(f.key(QuestionType.SHORT_ANSWER)), TextField.class);

        List<String> save = RoundTrips.of(() -> _setValue(field, "Gestión cultural"));

        assertThat(status(f.key(QuestionType.SHORT_ANSWER))).isEqualTo("Guardado");
        print("answer save", save);
        // 6 before the caller's id was read alone (one statement; the person with roles and fields took three).
        assertThat(RoundTrips.statements(save)).as("statements").hasSizeLessThanOrEqualTo(4);
        assertThat(save).as("statements and transaction boundaries").hasSizeLessThanOrEqualTo(7);
        assertThat(RoundTrips.transactions(save)).as("transactions").isEqualTo(1);
    }

    @Test
    void starting_a_quiz_attempt_asks_the_database_little() {
        AttemptFixture f = quiz();
        signIn(f.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));

        List<String> start = RoundTrips.of(() -> _click(_get(Button.class, spec -> spec.withId("start-attempt"))));

        assertThat(_find(Button.class, spec -> spec.withId("submit-attempt"))).hasSize(1);
        print("quiz start", start);
        assertThat(RoundTrips.statements(start)).as("statements").hasSizeLessThanOrEqualTo(START_STATEMENTS);
        assertThat(start).as("statements and transaction boundaries").hasSizeLessThanOrEqualTo(START_TOTAL);
        assertThat(RoundTrips.transactions(start)).as("transactions").isLessThanOrEqualTo(START_TRANSACTIONS);
        assertThat(reading("quiz_answer", start)).as("statements reading the attempt's answers").isEqualTo(1);
    }

    @Test
    void submitting_an_attempt_asks_the_database_little() {
        AttemptFixture f = quiz();
        signIn(f.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));
        _click(_get(Button.class, spec -> spec.withId("start-attempt")));
        _setValue(_get(card(f.key(QuestionType.SHORT_ANSWER)), TextField.class), "Gestión cultural");
        _click(_get(Button.class, spec -> spec.withId("submit-attempt")));

        List<String> submit = RoundTrips.of(() -> _fireConfirm(_get(ConfirmDialog.class)));

        assertThat(_find(Div.class, spec -> spec.withId("attempt-result"))).hasSize(1);
        print("attempt submit", submit);
        assertThat(RoundTrips.statements(submit)).as("statements").hasSizeLessThanOrEqualTo(SUBMIT_STATEMENTS);
        assertThat(submit).as("statements and transaction boundaries").hasSizeLessThanOrEqualTo(SUBMIT_TOTAL);
        assertThat(RoundTrips.transactions(submit)).as("transactions").isLessThanOrEqualTo(SUBMIT_TRANSACTIONS);
        assertThat(reading("quiz_answer", submit)).as("statements reading the attempt's answers").isEqualTo(1);
    }

    /** How many statements of a recording select from this table. */
    private static long reading(String table, List<String> recorded) {
        return RoundTrips.statements(recorded).stream()
                .filter(sql -> sql.startsWith("select") && sql.contains(" from " + table + " ")).count();
    }

    private AttemptFixture quiz() {
        return AttemptFixture.publish(AttemptFixture.Services.in(application),
                AttemptFixture.settings(2, 30, FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST),
                List.of(QuizFixture.shortAnswer(), QuizFixture.numeric()));
    }

    private static void print(String step, List<String> recorded) {
        System.out.println("[round trips] " + step + ": " + RoundTrips.statements(recorded).size() + " statements, "
                + recorded.size() + " with transaction boundaries, " + RoundTrips.transactions(recorded)
                + " transactions");
        recorded.forEach(entry -> System.out.println("[round trips]   " + entry));
    }

    private static Component card(String questionKey) {
        return _find(Component.class).stream().filter(c -> questionKey.equals(c.getElement()
                .getAttribute("data-question"))).findFirst().orElseThrow();
    }

    private static String status(String questionKey) {
        return _get(card(questionKey), Span.class, spec -> spec.withClasses("save-status")).getText();
    }
}
