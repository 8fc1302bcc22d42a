package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Who may do what with a course's bank and quizzes: only its owner, co-trainers and admins see or edit the bank,
 * quiz settings and the full published quiz; anyone signed in reads the learner's view of a published quiz.
 */
@ParaleloSpringTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentAuthorizationTest {

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

    private QuizFixture f;
    private String learner;
    private String otherTrainer;
    private String coTrainer;
    private String questionKey;
    private long category;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void publishedCourseWithAQuiz() {
        // As SharedSecurityStrategy does before each test: use this context's security strategy.
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        f = QuizFixture.create(accounts, authoring);
        learner = People.uniqueUsername("aprendiz");
        People.create(accounts, learner, Role.LEARNER);
        otherTrainer = People.uniqueUsername("otra-formadora");
        People.create(accounts, otherTrainer, Role.TRAINER);
        coTrainer = People.uniqueUsername("cotitular");
        PersonId co = People.create(accounts, coTrainer, Role.TRAINER);
        f.asOwner(() -> {
            authoring.setCoTrainers(f.course(), Set.of(co));
            category = bank.createCategory(f.course(), "Conceptos");
            questionKey = bank.createQuestion(f.course(), category, QuizFixture.trueFalse());
            quizzes.addQuestion(f.course(), f.quizKey(), questionKey);
            publishing.publish(f.course());
        });
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource({
            "read bank, ANONYMOUS, refused", "read bank, LEARNER, refused", "read bank, OTHER_TRAINER, refused",
            "read bank, OWNER, allowed", "read bank, CO_TRAINER, allowed", "read bank, ADMIN, allowed",
            "edit question, ANONYMOUS, refused", "edit question, LEARNER, refused",
            "edit question, OTHER_TRAINER, refused", "edit question, OWNER, allowed",
            "edit question, CO_TRAINER, allowed", "edit question, ADMIN, allowed",
            "edit quiz settings, ANONYMOUS, refused", "edit quiz settings, LEARNER, refused",
            "edit quiz settings, OTHER_TRAINER, refused", "edit quiz settings, OWNER, allowed",
            "edit quiz settings, CO_TRAINER, allowed", "edit quiz settings, ADMIN, allowed",
            "read full published quiz, ANONYMOUS, refused", "read full published quiz, LEARNER, refused",
            "read full published quiz, OTHER_TRAINER, refused", "read full published quiz, OWNER, allowed",
            "read full published quiz, CO_TRAINER, allowed", "read full published quiz, ADMIN, allowed",
            "read learner quiz, ANONYMOUS, refused", "read learner quiz, LEARNER, allowed",
            "read learner quiz, OTHER_TRAINER, allowed", "read learner quiz, OWNER, allowed",
            "read learner quiz, CO_TRAINER, allowed", "read learner quiz, ADMIN, allowed",
    })
    void each_person_may_do_exactly_what_the_matrix_says(String action, String who, String outcome) {
        Supplier<Object> call = switch (action) {
            case "read bank" -> () -> {
                bank.categories(f.course());
                return bank.question(f.course(), questionKey);
            };
            case "edit question" -> () -> {
                long version = bank.question(f.course(), questionKey).version();
                return bank.updateQuestion(f.course(), questionKey, category, QuizFixture.trueFalse(), version);
            };
            case "edit quiz settings" -> () -> quizzes.updateSettings(f.course(), f.quizKey(),
                    QuizSettings.defaults(), quizzes.quiz(f.course(), f.quizKey()).version());
            case "read full published quiz" -> () -> published.fullQuiz(f.course(), 1, f.quizKey()).orElseThrow();
            case "read learner quiz" -> () -> published.quiz(f.course(), 1, f.quizKey()).orElseThrow();
            default -> throw new IllegalArgumentException(action);
        };
        Supplier<Object> asPerson = () -> switch (who) {
            case "ANONYMOUS" -> As.anonymous(call);
            case "LEARNER" -> As.user(learner, new String[] {"LEARNER"}, call);
            case "OTHER_TRAINER" -> As.user(otherTrainer, QuizFixture.TRAINER, call);
            case "OWNER" -> As.user(f.owner(), QuizFixture.TRAINER, call);
            case "CO_TRAINER" -> As.user(coTrainer, QuizFixture.TRAINER, call);
            case "ADMIN" -> As.admin(call);
            default -> throw new IllegalArgumentException(who);
        };
        if ("allowed".equals(outcome)) {
            assertThatCode(asPerson::get).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(asPerson::get).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
        }
        assertThat(outcome).isIn("allowed", "refused");
    }
}
