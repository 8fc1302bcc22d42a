package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Attempts × actions × roles (anonymous, the attempt's learner, another learner, the course's trainer, a trainer
 * of another course, admin), at the service layer with a real submitted attempt holding an essay. "absent" means
 * the attempt answers exactly like one that does not exist, so ids cannot be probed.
 */
@ParaleloSpringTest
class AttemptAuthorisationMatrixTest {

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
    AttemptService attempts;
    @Autowired
    GradingQueueService grading;
    @Autowired
    QuizResultsService results;

    AttemptFixture f;
    long open;
    long submitted;
    String otherLearner;
    String otherTrainer;
    String notEnrolled;

    @BeforeEach
    void anOpenAndASubmittedAttempt() {
        f = AttemptFixture.publish(new AttemptFixture.Services(accounts, authoring, bank, quizzes, publishing,
                enrolments),
                AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST),
                List.of(QuizFixture.trueFalse(), AttemptFixture.essay()));
        submitted = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        f.asLearner(() -> attempts.saveAnswer(submitted, f.key(QuestionType.ESSAY), new Response.Text("Ensayo")));
        f.asLearner(() -> attempts.submit(submitted));
        open = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        otherLearner = People.uniqueUsername("otra-aprendiz");
        otherTrainer = People.uniqueUsername("otra-formadora");
        People.create(accounts, otherLearner, Role.LEARNER);
        People.create(accounts, otherTrainer, Role.TRAINER);
        As.user(otherLearner, AttemptFixture.LEARNER, () -> enrolments.enrolMe(f.course()));
        notEnrolled = People.uniqueUsername("sin-inscripcion");
        People.create(accounts, notEnrolled, Role.LEARNER);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "view attempt, ANONYMOUS, refused", "view attempt, LEARNER, allowed", "view attempt, OTHER_LEARNER, absent",
            "view attempt, OWNER, absent", "view attempt, OTHER_TRAINER, absent", "view attempt, ADMIN, absent",
            "save answer, ANONYMOUS, refused", "save answer, LEARNER, allowed", "save answer, OTHER_LEARNER, absent",
            "save answer, OWNER, absent", "save answer, ADMIN, absent",
            "submit, ANONYMOUS, refused", "submit, OTHER_LEARNER, absent", "submit, OTHER_TRAINER, absent",
            "submit, LEARNER, allowed", "check answer, OTHER_LEARNER, absent", "check answer, OWNER, absent",
            "start, ANONYMOUS, refused", "start, NOT_ENROLLED, refused", "start, OTHER_LEARNER, allowed", "start, LEARNER, allowed",
            "start attempt, ANONYMOUS, refused", "start attempt, NOT_ENROLLED, refused",
            "start attempt, OTHER_TRAINER, refused", "start attempt, OTHER_LEARNER, allowed",
            "start attempt, LEARNER, allowed",
            "grading queue of course, LEARNER, refused", "grading queue of course, OTHER_TRAINER, refused",
            "grading queue of course, OWNER, allowed", "grading queue of course, ADMIN, allowed",
            "my grading queue, LEARNER, refused", "my grading queue, OTHER_TRAINER, empty",
            "my grading queue, OWNER, allowed",
            "grade essay, LEARNER, refused", "grade essay, OTHER_LEARNER, refused",
            "grade essay, OTHER_TRAINER, absent",
            "grade essay, OWNER, allowed", "grade essay, ADMIN, allowed",
            "outcomes of learner, LEARNER, refused", "outcomes of learner, OTHER_LEARNER, refused",
            "outcomes of learner, OTHER_TRAINER, refused", "outcomes of learner, OWNER, allowed",
            "course outcomes, LEARNER, refused", "course outcomes, OTHER_TRAINER, refused",
            "course outcomes, OWNER, allowed", "course outcomes, ADMIN, allowed",
            "outcomes of some learners, LEARNER, refused", "outcomes of some learners, OTHER_TRAINER, refused",
            "outcomes of some learners, OWNER, allowed", "outcomes of some learners, ADMIN, allowed",
            "my outcomes, OTHER_LEARNER, empty", "my outcomes, LEARNER, allowed", "my outcomes, ANONYMOUS, refused",
            "my attempt by number, ANONYMOUS, refused", "my attempt by number, NOT_ENROLLED, refused",
            "my attempt by number, OTHER_TRAINER, refused", "my attempt by number, LEARNER, allowed",
            "my attempt by number, OTHER_LEARNER, empty", "my attempt by number, OWNER, empty",
    })
    void each_role_may_do_exactly_what_the_matrix_says(String action, String role, String outcome) {
        Runnable call = () -> {
            Object result = switch (action) {
                case "view attempt" -> attempts.attempt(open);
                case "save answer" -> attempts.saveAnswer(open, f.key(QuestionType.TRUE_FALSE),
                        new Response.TrueOrFalse(true));
                case "submit" -> attempts.submit(open);
                case "check answer" -> attempts.checkAnswer(open, f.key(QuestionType.TRUE_FALSE));
                case "start" -> attempts.start(f.course(), f.itemKey());
                case "start attempt" -> attempts.startAttempt(f.course(), f.itemKey());
                case "grading queue of course" -> grading.queue(f.course());
                case "my grading queue" -> grading.myQueue().stream().filter(e -> e.course().equals(f.course()))
                        .toList();
                case "grade essay" -> {
                    grading.grade(submitted, f.key(QuestionType.ESSAY), BigDecimal.ONE, "");
                    yield List.of(1);
                }
                case "outcomes of learner" -> results.outcomesOf(f.course(), f.learnerId());
                case "course outcomes" -> results.courseOutcomes(f.course());
                case "outcomes of some learners" -> results.outcomesOfLearners(f.course(), List.of(f.learnerId()));
                case "my outcomes" -> results.myOutcomes(f.course());
                case "my attempt by number" -> attempts.myAttemptView(f.course(), f.itemKey(), 1).stream().toList();
                default -> throw new IllegalArgumentException(action);
            };
            if ("empty".equals(outcome)) {
                assertThat((List<?>) result).isEmpty();
            }
            if (result instanceof List<?> list && "allowed".equals(outcome)) {
                assertThat(list).isNotEmpty();
            }
        };
        Runnable asRole = () -> run(role, call);
        switch (outcome) {
            case "refused" -> assertThatThrownBy(asRole::run).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
            case "absent" -> assertThatThrownBy(asRole::run).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.attempt.not-found"));
            default -> assertThatCode(asRole::run).doesNotThrowAnyException();
        }
    }

    private void run(String role, Runnable work) {
        switch (role) {
            case "ANONYMOUS" -> As.anonymous(() -> {
                work.run();
                return null;
            });
            case "LEARNER" -> f.asLearner(work);
            case "OTHER_LEARNER" -> As.user(otherLearner, AttemptFixture.LEARNER, work);
            case "NOT_ENROLLED" -> As.user(notEnrolled, AttemptFixture.LEARNER, work);
            case "OWNER" -> f.quiz().asOwner(work);
            case "OTHER_TRAINER" -> As.user(otherTrainer, QuizFixture.TRAINER, work);
            case "ADMIN" -> As.admin(work);
            default -> throw new IllegalArgumentException(role);
        }
    }
}
