package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paralelo.assessment.AttemptService;
import org.paralelo.assessment.AttemptView;
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
 * The learner's whole journey in real Chromium: register, enrol, read two lessons, answer half a quiz, close the
 * browser, resume in a new one with the answers intact, pass, download the certificate, verify it in an anonymous
 * browser, and see it revoked after an admin revokes it. Screenshots at desktop width and at 360 px.
 */
class LearnerJourneyTest extends BrowserTest {

    private static final String[] TRAINER = {"TRAINER"};
    private static final String[] LEARNER = {"LEARNER"};
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

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
    void a_learner_resumes_a_quiz_in_a_new_browser_passes_and_the_certificate_verifies_until_revoked()
            throws IOException {
        Course course = publishedCourseWithTwoLessonsAndAQuiz();
        String username = People.uniqueUsername("directora");
        String fullName = "Rosa Elena Pérez Ñúñez";

        // 1. Register, enrol, read two lessons, start the quiz and answer half of it.
        RegisterPage register = RegisterPage.open(this).fill(username, People.PASSWORD, fullName,
                username + "@municipio.gob.mx");
        screenshotsAtBothWidths("journey-01-register");
        register.register();

        LearnerCoursePage page = LearnerCoursePage.open(this, "/" + LearnerPaths.coursePage(course.id())).enrol();
        screenshotsAtBothWidths("journey-02-enrolled");
        page.openLesson("Costos fijos").waitForDone();
        LearnerCoursePage.open(this, "/" + LearnerPaths.coursePage(course.id())).openLesson("Costos variables")
                .waitForDone();
        screenshotsAtBothWidths("journey-03-lesson-done");

        QuizPlayerPage quiz = QuizPlayerPage.open(this, "/" + LearnerPaths.quiz(course.id(), course.quizKey()))
                .start();
        assertThat(quiz.questionCount()).isEqualTo(4);
        quiz.choose(0, "Verdadero").choose(1, "Verdadero");
        screenshotsAtBothWidths("journey-04-half-answered");

        // 2. The browser is closed; a new browser signs in and resumes with the answers intact.
        restartBrowser();
        LoginPage.open(this).signInAsLearner(username, People.PASSWORD);
        quiz = QuizPlayerPage.open(this, "/" + LearnerPaths.quiz(course.id(), course.quizKey())).resume();
        assertThat(quiz.chosen()).containsExactly("Verdadero", "Verdadero", "", "");
        screenshotsAtBothWidths("journey-05-resumed");

        // 3. Finish, pass, download the certificate, verify it anonymously.
        quiz.choose(2, "Verdadero").choose(3, "Falso").submit();
        assertThat(quiz.result()).contains("¡Aprobaste!");
        screenshotsAtBothWidths("journey-06-passed");

        byte[] pdf = downloadCertificate(course.id());
        String pdfText = text(pdf);
        assertThat(pdfText).contains(fullName, course.title());
        Matcher code = CODE.matcher(pdfText);
        assertThat(code.find()).as("a verification code in the certificate").isTrue();
        screenshotsAtBothWidths("journey-07-certificate");

        restartBrowser();
        VerifyPage verify = VerifyPage.open(this, code.group());
        assertThat(verify.verdict()).isEqualTo("Certificado válido");
        assertThat(verify.details()).contains(fullName, course.title());
        assertThat(verify.details()).doesNotContain(username);
        screenshotsAtBothWidths("journey-08-verify-valid");

        // 4. An admin revokes the certificate, and the page shows it revoked.
        restartBrowser();
        LoginPage.open(this).signInAsAdmin("admin", "admin-test-password-1");
        CertificatesAdminPage.open(this).find(code.group()).revokeTheOneShown();
        screenshotsAtBothWidths("journey-09-revoked-by-admin");

        restartBrowser();
        assertThat(VerifyPage.open(this, code.group()).verdict()).isEqualTo("Certificado revocado");
        screenshotsAtBothWidths("journey-10-verify-revoked");
    }

    /**
     * Issue #16, "an answer being typed is never lost": the learner types a number or a text and at once (no Tab,
     * no pause) clicks "Siguiente" or "Enviar intento"; what was typed is what is saved and graded.
     */
    @Test
    void an_answer_typed_and_at_once_followed_by_next_or_submit_is_the_one_saved_and_graded() {
        Course course = publishedCourseWithAnElevenQuestionQuiz();
        String learner = enrolledLearner(course);
        QuizPlayerPage quiz = QuizPlayerPage.open(this, "/" + LearnerPaths.quiz(course.id(), course.quizKey()))
                .start();
        assertThat(quiz.pageShown()).isEqualTo("1 / 3");
        long toNext = quiz.typeAndAtOnceClick(4, "42", quiz.nextPageButton());
        assertThat(quiz.pageShown()).isEqualTo("2 / 3");
        long toNextAgain = quiz.typeAndAtOnceClick(4, "Taquilla", quiz.nextPageButton());
        assertThat(quiz.pageShown()).isEqualTo("3 / 3");
        long toSubmit = quiz.typeAndAtOnceClick(0, "12", quiz.submitButton());
        quiz.confirmSubmit();
        assertThat(List.of(toNext, toNextAgain, toSubmit)).as("milliseconds from the last key to the click")
                .allSatisfy(ms -> assertThat(ms).isLessThan(100));

        AttemptView attempt = As.user(learner, LEARNER, () -> attempts.attempt(
                attempts.myAttempt(course.id(), course.quizKey(), 1).orElseThrow()));
        assertThat(attempt.open()).isFalse();
        assertThat(attempt.questions().get(4).response()).isEqualTo(new Response.Text("42"));
        assertThat(attempt.questions().get(9).response()).isEqualTo(new Response.Text("Taquilla"));
        assertThat(attempt.questions().get(10).response()).isEqualTo(new Response.Text("12"));
        assertThat(attempt.result()).isNotNull();
        assertThat(attempt.result().score()).as("the three typed answers graded").isEqualByComparingTo("3");
    }

    /**
     * What autosave promises (docs/scaling.md: "every acknowledged answer is in the database"): an answer the card
     * shows as "Guardado" survives the tab being closed at once, and leaving the field does not bring "Guardando…"
     * back; while one is still "Guardando…", closing the page makes the browser ask first, and once it is saved,
     * nothing asks. (Chromedriver answers a real "leave this page?" dialog by itself, so the test asks the page with
     * the event the browser sends before closing.)
     */
    @Test
    void closing_the_tab_right_after_typing_keeps_the_saved_answer_and_asks_before_dropping_one_still_saving() {
        Course course = publishedCourseWithAnElevenQuestionQuiz();
        String learner = enrolledLearner(course);
        QuizPlayerPage quiz = QuizPlayerPage.open(this, "/" + LearnerPaths.quiz(course.id(), course.quizKey()))
                .start();
        String quizTab = driver().getWindowHandle();
        String otherTab = driver().switchTo().newWindow(WindowType.TAB).getWindowHandle();
        driver().switchTo().window(quizTab);

        quiz.typeAndWaitUntilSaved(4, "42").leaveField();
        assertThat(quiz.saveState(4)).as("still \"Guardado\" after leaving the field").isEqualTo("saved");
        assertThat(quiz.leavingWouldAsk()).as("nothing saving, nothing to ask").isFalse();
        driver().close();
        driver().switchTo().window(otherTab);
        assertThat(answer(learner, course, 4)).isEqualTo(new Response.Text("42"));

        quiz = QuizPlayerPage.open(this, "/" + LearnerPaths.quiz(course.id(), course.quizKey())).resume();
        // Paging away and back attaches the first page's cards anew: their save status still follows the learner.
        quiz.nextPageAndBack();
        assertThat(quiz.typeAndAtOnceAskToLeave(4, "43")).as("closing while an answer is saving asks first")
                .isTrue();
        assertThat(quiz.saveState(4)).isEqualTo("saving");
        quiz.waitUntilSaved(4);
        assertThat(quiz.leavingWouldAsk()).isFalse();
        assertThat(answer(learner, course, 4)).isEqualTo(new Response.Text("43"));
    }

    private Response answer(String learner, Course course, int index) {
        return As.user(learner, LEARNER, () -> attempts.attempt(attempts.myAttempt(course.id(), course.quizKey(), 1)
                .orElseThrow())).questions().get(index).response();
    }

    private String enrolledLearner(Course course) {
        String learner = People.uniqueUsername("practicante");
        People.create(accounts, learner, Role.LEARNER);
        LoginPage.open(this).signInAsLearner(learner, People.PASSWORD);
        LearnerCoursePage.open(this, "/" + LearnerPaths.coursePage(course.id())).enrol();
        return learner;
    }

    /**
     * A quiz of eleven questions, so three pages: true/false ones, a number (42) fifth, a short answer
     * ("Taquilla") tenth and a number (12) eleventh.
     */
    private Course publishedCourseWithAnElevenQuestionQuiz() {
        String trainer = People.uniqueUsername("formador");
        People.create(accounts, trainer, Role.TRAINER);
        String title = "Taquilla de un festival " + trainer.substring(trainer.length() - 4);
        return As.user(trainer, TRAINER, () -> {
            CourseId id = authoring.createCourse(new CourseDetails(title, "Cuentas de taquilla.", "es-MX", 1,
                    Set.of("gestion-empresarial"), null));
            String module = authoring.addModule(id, "Taquilla", "");
            String quiz = authoring.addItem(id, module, ItemKind.QUIZ, "Cuentas de taquilla", true);
            long category = bank.createCategory(id, "Taquilla");
            for (int i = 1; i <= 11; i++) {
                Question question = switch (i) {
                    case 5 -> number("¿Cuántos boletos se vendieron?", "42");
                    case 10 -> new Question("¿Dónde se venden los boletos?", BigDecimal.ONE, "",
                            new QuestionBody.ShortAnswer(List.of(new QuestionBody.ShortAnswer.Accepted("Taquilla",
                                    "")), true, true, ""));
                    case 11 -> number("¿Cuántas funciones hubo?", "12");
                    default -> trueFalse("Afirmación " + i + ".", true);
                };
                quizzes.addQuestion(id, quiz, bank.createQuestion(id, category, question));
            }
            quizzes.updateSettings(id, quiz, new QuizSettings(70, 3, 0, false, false, FeedbackTiming.AFTER_SUBMIT,
                    GradingPolicy.BEST, null), quizzes.quiz(id, quiz).version());
            publishing.publish(id);
            return new Course(id, title, quiz);
        });
    }

    private static Question number(String text, String value) {
        return new Question(text, BigDecimal.ONE, "", new QuestionBody.Numeric(List.of(
                new QuestionBody.Numeric.Answer(value, "", QuestionBody.FULL_CREDIT, "")), ""));
    }

    private record Course(CourseId id, String title, String quizKey) {
    }

    /** Two required lessons and a required quiz of four true/false questions (true, true, true, false). */
    private Course publishedCourseWithTwoLessonsAndAQuiz() {
        String trainer = People.uniqueUsername("formadora");
        People.create(accounts, trainer, Role.TRAINER);
        String title = "Costos de un festival " + trainer.substring(trainer.length() - 4);
        return As.user(trainer, TRAINER, () -> {
            CourseId id = authoring.createCourse(new CourseDetails(title, "Costos y precios de un festival municipal.",
                    "es-MX", 3, Set.of("gestion-empresarial"), null));
            String module = authoring.addModule(id, "Costos", "");
            lesson(id, module, "Costos fijos", "La renta del foro no cambia con el público.");
            lesson(id, module, "Costos variables", "Los boletos impresos crecen con cada función.");
            String quiz = authoring.addItem(id, module, ItemKind.QUIZ, "Autoevaluación de costos", true);
            long category = bank.createCategory(id, "Costos");
            List<Question> questions = List.of(
                    trueFalse("La renta del foro es un costo fijo.", true),
                    trueFalse("El sueldo de la coordinadora es un costo fijo.", true),
                    trueFalse("Los boletos impresos por función son un costo variable.", true),
                    trueFalse("Un patrocinio es un costo variable.", false));
            for (Question question : questions) {
                quizzes.addQuestion(id, quiz, bank.createQuestion(id, category, question));
            }
            quizzes.updateSettings(id, quiz, new QuizSettings(70, 3, 0, false, false, FeedbackTiming.AFTER_SUBMIT,
                    GradingPolicy.BEST, null), quizzes.quiz(id, quiz).version());
            publishing.publish(id);
            return new Course(id, title, quiz);
        });
    }

    private void lesson(CourseId course, String module, String title, String text) {
        String key = authoring.addItem(course, module, ItemKind.LESSON, title, true);
        authoring.saveLesson(course, key, text, authoring.lesson(course, key).version());
    }

    private static Question trueFalse(String statement, boolean answer) {
        return new Question(statement, BigDecimal.ONE, "", new QuestionBody.TrueFalse(answer, "", ""));
    }

    /**
     * The certificate appears once completion has been worked out after the quiz's grade (an event after commit);
     * the course page is reloaded until its download link is there, then the PDF is fetched with the session.
     */
    private byte[] downloadCertificate(CourseId course) {
        By link = By.cssSelector("#enrolment-box a.certificate-download");
        new WebDriverWait(driver(), TIMEOUT).withMessage("the certificate link on the course page").until(d -> {
            open(LearnerPaths.coursePage(course));
            return !d.findElements(link).isEmpty();
        });
        String href = driver().findElement(link).getDomAttribute("href");
        String base64 = (String) ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {cache: 'no-store'})
                    .then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                    .then(b => {
                        const bytes = new Uint8Array(b);
                        let s = '';
                        for (let i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
                        done(btoa(s));
                    })
                    .catch(e => done('failed: ' + e));
                """, href);
        assertThat(base64).doesNotStartWith("failed");
        byte[] pdf = Base64.getDecoder().decode(base64);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

}
