package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.Languages;
import org.paralelo.base.Translations;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile and broken answers: each is refused with a clear message key and the answer saved before stays exactly
 * as it was.
 */
@ParaleloSpringTest
class AttemptBadInputTest {

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
    Translations translations;

    AttemptFixture f;
    long id;

    @BeforeEach
    void anAttemptAtAllEightTypes() {
        f = AttemptFixture.publish(services(),
                AttemptFixture.settings(0, 0, FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST),
                AttemptFixture.allEightTypes());
        id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
    }

    private Response saved(QuestionType type) {
        return f.asLearner(() -> attempts.attempt(id)).questions().stream()
                .filter(q -> q.question().type() == type).findFirst().orElseThrow().response();
    }

    private void refused(QuestionType type, Response response, String messageKey) {
        assertThatThrownBy(() -> f.asLearner(() -> attempts.saveAnswer(id, f.key(type), response)))
                .as(type + " " + response).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void a_non_numeric_numeric_answer_is_refused_and_the_saved_number_stays() {
        f.asLearner(() -> attempts.saveAnswer(id, f.key(QuestionType.NUMERIC), new Response.Text("3,5")));

        for (String text : new String[] {"tres", "3,5 boletos", "1,000.5", "1e9", "0x10", "3.5.1", "9".repeat(60)}) {
            refused(QuestionType.NUMERIC, new Response.Text(text), "error.attempt.not-a-number");
        }
        assertThat(saved(QuestionType.NUMERIC)).isEqualTo(new Response.Text("3,5"));
    }

    @Test
    void a_one_megabyte_essay_is_refused_and_the_saved_essay_stays() {
        f.asLearner(() -> attempts.saveAnswer(id, f.key(QuestionType.ESSAY), new Response.Text("Borrador")));
        String max = "a".repeat(AnswerRules.MAX_ESSAY);

        refused(QuestionType.ESSAY, new Response.Text("á".repeat(1_000_000)), "error.attempt.essay-too-long");
        refused(QuestionType.ESSAY, new Response.Text(max + "b"), "error.attempt.essay-too-long");

        assertThat(saved(QuestionType.ESSAY)).isEqualTo(new Response.Text("Borrador"));
        f.asLearner(() -> attempts.saveAnswer(id, f.key(QuestionType.ESSAY), new Response.Text(max)));
        assertThat(saved(QuestionType.ESSAY)).isEqualTo(new Response.Text(max));
    }

    @Test
    void an_answer_to_a_question_not_in_the_attempt_is_refused() {
        for (String key : new String[] {"no-existe", "", "' or 1=1 --", "x".repeat(500), "../../etc/passwd"}) {
            assertThatThrownBy(() -> f.asLearner(() -> attempts.saveAnswer(id, key, new Response.Text("x"))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("error.attempt.question-not-in-attempt"));
        }
    }

    @Test
    void a_real_question_of_another_quiz_or_outside_the_quiz_is_refused_in_ones_own_attempt_and_nothing_is_stored() {
        // Another course's quiz, with its own learner and attempt: its question keys are real, just not in ours.
        AttemptFixture other = AttemptFixture.publish(services(), AttemptFixture.settings(0, 0,
                FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST), List.of(QuizFixture.trueFalse()));
        long theirs = other.asLearner(() -> attempts.start(other.course(), other.itemKey()));
        String foreign = other.key(QuestionType.TRUE_FALSE);
        // A question of our own course's bank that this quiz does not use.
        String unused = f.quiz().asOwner(() -> bank.createQuestion(f.course(),
                bank.createCategory(f.course(), "Sin usar"), QuizFixture.trueFalse()));
        List<Response> oursBefore = responses(f, id);

        for (String key : new String[] {foreign, unused}) {
            assertThatThrownBy(() -> f.asLearner(() -> attempts.saveAnswer(id, key, new Response.TrueOrFalse(true))))
                    .as(key).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.attempt.question-not-in-attempt");
                        assertThat(translations.translate(e, Languages.SPANISH))
                                .isEqualTo("Esa pregunta no forma parte de tu intento. Recarga la página.");
                        assertThat(translations.translate(e, java.util.Locale.ENGLISH))
                                .isEqualTo("That question is not part of your attempt. Reload the page.");
                    });
        }

        AttemptView ours = f.asLearner(() -> attempts.attempt(id));
        assertThat(ours.questions()).extracting(q -> q.question().key()).doesNotContain(foreign, unused)
                .hasSize(AttemptFixture.allEightTypes().size());
        assertThat(responses(f, id)).isEqualTo(oursBefore).containsOnly(new Response.Unanswered());
        assertThat(ours.questions()).extracting(AttemptView.AttemptQuestion::revision).containsOnly(0);
        assertThat(responses(other, theirs)).as("the other learner's attempt").containsOnly(new Response.Unanswered());
    }

    private AttemptFixture.Services services() {
        return new AttemptFixture.Services(accounts, authoring, bank, quizzes, publishing, enrolments);
    }

    private List<Response> responses(AttemptFixture fixture, long attempt) {
        return fixture.asLearner(() -> attempts.attempt(attempt)).questions().stream()
                .map(AttemptView.AttemptQuestion::response).toList();
    }

    @Test
    void tampered_attempt_ids_read_as_not_found() {
        for (long tampered : new long[] {id + 1_000_000, -1, 0, Long.MAX_VALUE}) {
            assertThatThrownBy(() -> f.asLearner(() -> attempts.saveAnswer(tampered, f.key(QuestionType.TRUE_FALSE),
                    new Response.TrueOrFalse(true)))).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.attempt.not-found"));
            assertThatThrownBy(() -> f.asLearner(() -> attempts.attempt(tampered)))
                    .isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> f.asLearner(() -> attempts.submit(tampered)))
                    .isInstanceOf(UserFacingException.class);
        }
    }

    @Test
    void answers_of_the_wrong_kind_or_naming_foreign_options_are_refused() {
        f.asLearner(() -> attempts.saveAnswer(id, f.key(QuestionType.TRUE_FALSE), new Response.TrueOrFalse(true)));
        String key = "error.attempt.answer-does-not-fit";

        refused(QuestionType.TRUE_FALSE, new Response.Text("verdadero"), key);
        refused(QuestionType.SINGLE_CHOICE, Response.Choices.of("opcion-inventada"), key);
        refused(QuestionType.SINGLE_CHOICE, new Response.Choices(Set.of("a", "b")), key);
        refused(QuestionType.MULTIPLE_CHOICE, new Response.TrueOrFalse(true), key);
        refused(QuestionType.MATCHING, new Response.Matches(Map.of("inventado", "Renta")), key);
        refused(QuestionType.ORDERING, new Response.Order(List.of("x", "y", "z")), key);
        refused(QuestionType.ESSAY, new Response.Order(List.of()), key);

        assertThat(saved(QuestionType.TRUE_FALSE)).isEqualTo(new Response.TrueOrFalse(true));
    }

    @Test
    void a_blank_answer_clears_the_saved_one() {
        f.asLearner(() -> attempts.saveAnswer(id, f.key(QuestionType.TRUE_FALSE), new Response.TrueOrFalse(true)));
        f.asLearner(() -> attempts.saveAnswer(id, f.key(QuestionType.TRUE_FALSE), new Response.Unanswered()));

        assertThat(saved(QuestionType.TRUE_FALSE)).isEqualTo(new Response.Unanswered());
    }
}
