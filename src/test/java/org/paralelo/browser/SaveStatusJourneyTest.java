package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.AttemptService;
import org.paralelo.assessment.FeedbackTiming;
import org.paralelo.assessment.GradingPolicy;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuizService;
import org.paralelo.assessment.QuizSettings;
import org.paralelo.assessment.Response;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDetails;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The save status of each answer card in real Chromium, for every kind of field a quiz has: a change the learner
 * takes back before it is sent (types a character and deletes it, retypes the saved value, clicks an option twice)
 * brings back "Guardado" and leaving the page asks nothing; a real change still says "Guardando…" and asks until it
 * is saved.
 */
class SaveStatusJourneyTest extends BrowserTest {

    private static final String[] TRAINER = {"TRAINER"};
    private static final String[] LEARNER = {"LEARNER"};
    private static final String QUIZ = "Costos de una feria del libro";
    private static final int NUMBER = 0;
    private static final int ESSAY = 1;
    private static final int TRUE_FALSE = 2;
    private static final int SEVERAL = 3;
    private static final int MATCHING = 4;
    private static final int ORDERING = 5;

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
    AttemptService attempts;

    @Test
    void a_change_taken_back_before_it_is_sent_shows_saved_again_and_leaving_asks_nothing_in_every_kind_of_field() {
        CourseId course = publishedCourseWithOneQuestionOfEachKindOfField();
        String learner = People.uniqueUsername("promotora");
        People.create(accounts, learner, Role.LEARNER);
        LoginPage.open(this).signInAsLearner(learner, People.PASSWORD);
        LearnerCoursePage.open(this, "/" + LearnerPaths.coursePage(course)).enrol();
        QuizPlayerPage quiz = QuizPlayerPage.open(this, "/" + LearnerPaths.quiz(course, quizKey)).start();

        // A number field: saved "12", "123" typed and the "3" deleted before the field sends anything.
        quiz.typeAndWaitUntilSaved(NUMBER, "12");
        quiz.typeAndTakeBack(NUMBER, "3");
        assertThat(quiz.settledState(NUMBER)).as("number field back to its saved value").isEqualTo("saved");
        assertThat(quiz.statusText(NUMBER)).isEqualTo("Guardado");
        assertThat(quiz.leavingWouldAsk()).as("nothing unsaved, nothing to ask: %s", quiz.saveStates()).isFalse();
        quiz.retype(NUMBER, "12");
        assertThat(quiz.settledState(NUMBER)).as("the saved value typed again").isEqualTo("saved");
        assertThat(quiz.leavingWouldAsk()).as("leaving asks: %s", quiz.saveStates()).isFalse();
        // A real change still says "Guardando…" and asks, until it is saved; saved again, the card says so.
        assertThat(quiz.typeAndAtOnceAskToLeave(NUMBER, "13")).as("a real change asks before leaving").isTrue();
        assertThat(quiz.saveState(NUMBER)).isEqualTo("saving");
        assertThat(quiz.statusText(NUMBER)).isEqualTo("Guardando…");
        quiz.waitUntilSaved(NUMBER);
        assertThat(quiz.statusText(NUMBER)).isEqualTo("Guardado");
        assertThat(quiz.leavingWouldAsk()).as("leaving asks: %s", quiz.saveStates()).isFalse();
        assertThat(answer(learner, course, NUMBER)).isEqualTo(new Response.Text("13"));
        screenshotsAtBothWidths("save-status-01-taken-back-es");

        // An essay (a text area, 1.5 s pause before it sends; a long text comes back from the server as a hash).
        quiz.typeAndWaitUntilSaved(ESSAY, "La feria cobra renta por cada stand, luz, vigilancia y limpieza durante"
                + " los tres días de la feria.");
        quiz.typeAndTakeBack(ESSAY, " Y luz.");
        assertThat(quiz.settledState(ESSAY)).as("essay back to its saved text").isEqualTo("saved");
        assertThat(quiz.leavingWouldAsk()).as("leaving asks: %s", quiz.saveStates()).isFalse();
        assertThat(quiz.typeAndAtOnceAskToLeave(ESSAY, "La feria cobra renta.")).isTrue();
        quiz.waitUntilSaved(ESSAY);
        assertThat(quiz.leavingWouldAsk()).as("leaving asks: %s", quiz.saveStates()).isFalse();
        assertThat(answer(learner, course, ESSAY)).isEqualTo(new Response.Text("La feria cobra renta."));

        // Radio buttons: "Falso" then at once "Verdadero" again.
        quiz.choose(TRUE_FALSE, "Verdadero");
        quiz.clickOptions(TRUE_FALSE, "Falso", "Verdadero");
        assertThat(quiz.settledState(TRUE_FALSE)).as("true/false back to its saved choice").isEqualTo("saved");
        assertThat(quiz.leavingWouldAsk()).as("leaving asks: %s", quiz.saveStates()).isFalse();

        // Checkboxes: one ticked and at once unticked.
        quiz.clickOptions(SEVERAL, "Renta del foro");
        quiz.waitUntilSaved(SEVERAL);
        quiz.clickOptions(SEVERAL, "Sueldo de la coordinadora", "Sueldo de la coordinadora");
        assertThat(quiz.settledState(SEVERAL)).as("checkboxes back to the saved ticks").isEqualTo("saved");
        assertThat(quiz.leavingWouldAsk()).as("leaving asks: %s", quiz.saveStates()).isFalse();

        // Selects: another answer, then the saved one again.
        quiz.pick(MATCHING, "Costo fijo", "Renta").waitUntilSaved(MATCHING);
        quiz.pick(MATCHING, "Costo fijo", "Boletos impresos").pick(MATCHING, "Costo fijo", "Renta");
        assertThat(quiz.settledState(MATCHING)).as("selects back to the saved answer").isEqualTo("saved");
        assertThat(quiz.leavingWouldAsk()).as("leaving asks: %s", quiz.saveStates()).isFalse();

        // Ordering buttons: an item moved down and up again.
        String first = quiz.orderShown(ORDERING).getFirst();
        quiz.move(ORDERING, "Bajar «" + first + "»", "Subir «" + first + "»");
        assertThat(quiz.orderShown(ORDERING).getFirst()).isEqualTo(first);
        assertThat(quiz.settledState(ORDERING)).as("ordering moved back").isEqualTo("saved");
        assertThat(quiz.leavingWouldAsk()).as("leaving asks: %s", quiz.saveStates()).isFalse();

        // The same in English.
        quiz = quiz.inLanguage("English", QUIZ);
        quiz.typeAndTakeBack(NUMBER, "4");
        assertThat(quiz.settledState(NUMBER)).isEqualTo("saved");
        assertThat(quiz.leavingWouldAsk()).as("leaving asks: %s", quiz.saveStates()).isFalse();
        assertThat(quiz.typeAndAtOnceAskToLeave(NUMBER, "14")).isTrue();
        assertThat(quiz.statusText(NUMBER)).isEqualTo("Saving…");
        quiz.waitUntilSaved(NUMBER);
        assertThat(quiz.statusText(NUMBER)).isEqualTo("Saved");
        quiz.typeAndTakeBack(NUMBER, "5");
        assertThat(quiz.settledState(NUMBER)).isEqualTo("saved");
        assertThat(quiz.leavingWouldAsk()).as("leaving asks: %s", quiz.saveStates()).isFalse();
        screenshotsAtBothWidths("save-status-02-taken-back-en");
    }

    private Response answer(String learner, CourseId course, int index) {
        return As.user(learner, LEARNER, () -> attempts.attempt(attempts.myAttempt(course, quizKey, 1)
                .orElseThrow())).questions().get(index).response();
    }

    /** The quiz of the course built by {@link #publishedCourseWithOneQuestionOfEachKindOfField()}. */
    private String quizKey = "";

    /**
     * Six questions, one per kind of field: number, essay, true/false, several choices, matching and ordering.
     */
    private CourseId publishedCourseWithOneQuestionOfEachKindOfField() {
        String trainer = People.uniqueUsername("formador");
        People.create(accounts, trainer, Role.TRAINER);
        return As.user(trainer, TRAINER, () -> {
            CourseId id = authoring.createCourse(new CourseDetails("Feria del libro " + trainer.substring(
                    trainer.length() - 4), "Costos de una feria.", "es-MX", 1, Set.of("gestion-empresarial"), null));
            String module = authoring.addModule(id, "Costos", "");
            quizKey = authoring.addItem(id, module, ItemKind.QUIZ, QUIZ, true);
            long category = bank.createCategory(id, "Costos");
            List<Question> questions = List.of(
                    question("¿Cuántos stands hay?", new QuestionBody.Numeric(List.of(new QuestionBody.Numeric.Answer(
                            "12", "", QuestionBody.FULL_CREDIT, "")), "")),
                    question("Describe los costos de la feria.", new QuestionBody.Essay("")),
                    question("La renta del foro es un costo fijo.", new QuestionBody.TrueFalse(true, "", "")),
                    question("¿Cuáles son costos fijos?", new QuestionBody.MultipleChoice(List.of(
                            new QuestionBody.MultipleChoice.Option("", "Renta del foro", BigDecimal.valueOf(50), ""),
                            new QuestionBody.MultipleChoice.Option("", "Sueldo de la coordinadora",
                                    BigDecimal.valueOf(50), ""),
                            new QuestionBody.MultipleChoice.Option("", "Boletos impresos", BigDecimal.valueOf(-50),
                                    "")))),
                    question("Relaciona cada concepto", new QuestionBody.Matching(List.of(
                            new QuestionBody.Matching.Pair("", "Costo fijo", "Renta"),
                            new QuestionBody.Matching.Pair("", "Costo variable", "Boletos impresos")))),
                    question("Ordena las etapas de la feria", new QuestionBody.Ordering(List.of(
                            new QuestionBody.Ordering.Item("", "Convocatoria"),
                            new QuestionBody.Ordering.Item("", "Montaje"),
                            new QuestionBody.Ordering.Item("", "Inauguración")))));
            for (Question question : questions) {
                quizzes.addQuestion(id, quizKey, bank.createQuestion(id, category, question));
            }
            quizzes.updateSettings(id, quizKey, new QuizSettings(70, 3, 0, false, false, FeedbackTiming.AFTER_SUBMIT,
                    GradingPolicy.BEST, null), quizzes.quiz(id, quizKey).version());
            publishing.publish(id);
            return id;
        });
    }

    private static Question question(String text, QuestionBody body) {
        return new Question(text, BigDecimal.ONE, "", body);
    }
}
