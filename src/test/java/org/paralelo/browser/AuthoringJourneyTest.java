package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.Courses;
import org.paralelo.support.HtmlSafety;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Authoring in a real browser: a trainer builds a course from "Cursos que imparto" with two modules, writes a
 * lesson with a table, a light video card, an uploaded picture and an uploaded PDF, writes three questions of
 * different types in the quiz editor and puts them in a quiz, reorders items with a button and by dragging,
 * previews the draft as a learner and publishes; a learner sees only what is published, version by version, and
 * downloads the lesson's files with their own session. Plus one check that hostile lesson Markdown runs no script
 * in the browser.
 */
class AuthoringJourneyTest extends BrowserTest {

    private static final String COURSE = "Mercadotecnia para festivales";
    private static final String AUDIENCE = "¿Quién viene al festival?";
    private static final String PRICES = "Precios y boletos";
    private static final String SOCIAL = "Redes sociales del festival";
    private static final String VIDEO_ID = "aqz-KE-bpKQ";
    private static final String AUDIENCE_MARKDOWN = """
            ## Nuestro público

            El público del festival llega en familia y se entera por la radio comunitaria.

            | Fuente de difusión | Asistentes |
            |---|---:|
            | Radio comunitaria | 420 |
            | Redes sociales | 310 |

            https://www.youtube.com/watch?v=%s

            Después del video, anota tres ideas para tu festival.""".formatted(VIDEO_ID);
    private static final String CHANGE = "Nuevo: la preventa de boletos cierra el 15 de marzo.";
    private static final String POSTER = "cartel-del-festival.png";
    private static final String PDF_NAME = "plantilla-flujo-de-caja.pdf";
    private static final Path PDF = Path.of("content-samples/gestion-empresarial/media", PDF_NAME);
    private static final String QUIZ = "Repaso: difusión del festival";
    private static final String CATEGORY = "Difusión";
    private static final String CHOICE_QUESTION = "¿Por qué medio se entera la mayor parte del público del festival?";
    private static final String TRUE_FALSE_QUESTION = "Basta con anunciar el festival en redes sociales el mismo día.";
    private static final String NUMERIC_QUESTION =
            "Si 420 personas se enteraron por la radio y 310 por redes sociales, ¿cuántas son en total?";

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @TempDir
    Path uploads;

    @Test
    void a_trainer_builds_reorders_previews_and_publishes_a_course_with_media_and_a_quiz_and_learners_see_each_version()
            throws IOException {
        String trainer = People.uniqueUsername("formadora");
        People.create(accounts, trainer, Role.TRAINER);
        String learner = People.uniqueUsername("aprendiz");
        People.create(accounts, learner, Role.LEARNER);

        // 1. A course with two modules and three lessons, written in the browser.
        TeachingPage teaching = LoginPage.open(this).signInAsTrainer(trainer, People.PASSWORD);
        assertThat(teaching.heading()).isEqualTo("Cursos que imparto");
        CourseEditorPage editor = teaching.createCourse(COURSE,
                "Cómo dar a conocer un festival comunitario y llenar sus funciones.", 12);
        assertThat(editor.title()).isEqualTo(COURSE);
        assertThat(editor.state()).isEqualTo("Borrador");
        editor = editor.addModule("Conocer al público", "Describir quién asiste al festival")
                .addModule("Difundir el festival", "Planear la difusión en redes y radio");
        assertThat(editor.moduleTitles()).containsExactly("Conocer al público", "Difundir el festival");

        LessonEditorPage lesson = editor.addLesson(1, AUDIENCE).write(AUDIENCE_MARKDOWN)
                .waitForPreviewShowing("anota tres ideas");
        assertThat(lesson.previewTexts("h2")).containsExactly("Nuestro público");
        assertThat(lesson.previewTexts("table td"))
                .containsExactly("Radio comunitaria", "420", "Redes sociales", "310");
        assertThat(lesson.countInPreview(".video-card")).as("video cards in the live preview").isEqualTo(1);
        assertThat(lesson.iframesOnPage()).as("iframes before anyone clicks the video card").isZero();
        screenshotsAtBothWidths(lesson, "authoring-02-lesson-editor");

        // The lesson's poster and its PDF template, uploaded through the editor: each lands at the cursor as a
        // media/ link, and the preview loads them like the learner's page will.
        lesson = lesson.uploadImage(festivalPoster(), "Cartel del festival con el programa de funciones")
                .uploadAttachment(PDF.toAbsolutePath());
        assertThat(lesson.markdown()).as("the image carries the description asked for at upload").containsPattern(
                "!\\[Cartel del festival con el programa de funciones]\\(media/\\d+/cartel-del-festival\\.png\\)")
                .containsPattern("\\[plantilla-flujo-de-caja\\.pdf]\\(media/\\d+/plantilla-flujo-de-caja\\.pdf\\)");
        List<String> images = lesson.previewProperties("img", "src");
        assertThat(images).singleElement().asString().contains("/media/").endsWith("/" + POSTER);
        String imageUrl = images.getFirst();
        List<String> files = lesson.previewProperties("a[href*='media/']", "href");
        assertThat(files).singleElement().asString().contains("/media/").endsWith("/" + PDF_NAME);
        String pdfUrl = files.getFirst();
        assertThat(lesson.previewTexts("a[href*='media/']")).containsExactly(PDF_NAME);
        assertThat(lesson.previewTexts("h2")).as("the text around the uploads").containsExactly("Nuestro público");
        screenshotsAtBothWidths(lesson, "authoring-08-lesson-media", lesson::showUploads);
        editor = lesson.save().backToCourse();

        lesson = editor.addLesson(1, PRICES).write("Fija el precio de la entrada: ").format("Negrita")
                .waitForPreviewShowing("entrada: texto");
        assertThat(lesson.previewTexts("strong")).containsExactly("texto");
        // "Lista" starts an empty item on its own line: what is typed next is the item, no placeholder word.
        lesson = lesson.format("Lista").type("Boletos anticipados").waitForPreviewShowing("Boletos anticipados");
        assertThat(lesson.markdown()).endsWith("**texto**\n\n- Boletos anticipados").doesNotContain("elemento");
        assertThat(lesson.previewTexts("li")).containsExactly("Boletos anticipados");
        editor = lesson.save().backToCourse();
        editor = editor.addLesson(2, SOCIAL)
                .write("## Calendario de publicaciones\n\nPublica tres veces por semana antes del festival.")
                .waitForPreviewShowing("tres veces por semana").save().backToCourse();

        // A quiz in the second module: three questions of different types written in the bank, then put in it.
        QuizEditorPage quiz = editor.addQuiz(2, QUIZ);
        assertThat(quiz.title()).isEqualTo(QUIZ);
        assertThat(quiz.questionCount()).isEqualTo("Preguntas en cada intento: 0");
        QuestionDialogPage question = quiz.createCategory(CATEGORY).newQuestion().text(CHOICE_QUESTION)
                .option(0, "La radio comunitaria").option(1, "Las redes sociales").option(2, "Los carteles")
                .markCorrect(0);
        screenshotsAtBothWidths(question, "authoring-07-question", question::showFirstOption);
        quiz = question.save();
        quiz = quiz.newQuestion().type("Verdadero o falso").text(TRUE_FALSE_QUESTION).trueFalseAnswer("Falso")
                .save();
        quiz = quiz.newQuestion().type("Numérica").text(NUMERIC_QUESTION).numeric("730", "0").save();
        assertThat(quiz.bankQuestions())
                .containsExactlyInAnyOrder(CHOICE_QUESTION, TRUE_FALSE_QUESTION, NUMERIC_QUESTION);
        quiz = quiz.addFromBank("Opción única · " + CHOICE_QUESTION)
                .addFromBank("Verdadero o falso · " + TRUE_FALSE_QUESTION)
                .addFromBank("Numérica · " + NUMERIC_QUESTION);
        assertThat(quiz.slots()).containsExactly("Opción única · " + CHOICE_QUESTION,
                "Verdadero o falso · " + TRUE_FALSE_QUESTION, "Numérica · " + NUMERIC_QUESTION);
        assertThat(quiz.questionCount()).isEqualTo("Preguntas en cada intento: 3");
        screenshotsAtBothWidths(quiz, "authoring-06-quiz-editor", quiz::scrollToQuestions);
        editor = quiz.backToCourse();
        assertThat(editor.itemTitles(1)).containsExactly(AUDIENCE, PRICES);
        assertThat(editor.itemTitles(2)).containsExactly(SOCIAL, QUIZ);

        // 2. Reordering: "Subir" on a row, then a drag onto a row of the other module.
        editor = editor.moveUp(PRICES);
        assertThat(editor.itemTitles(1)).containsExactly(PRICES, AUDIENCE);
        assertThat(editor.itemTitles()).containsExactly(PRICES, AUDIENCE, SOCIAL, QUIZ);
        editor = editor.dragItemOnto(PRICES, SOCIAL);
        assertThat(editor.itemTitles(1)).containsExactly(AUDIENCE);
        assertThat(editor.itemTitles(2)).containsExactly(PRICES, SOCIAL, QUIZ);
        assertThat(editor.itemTitles()).containsExactly(AUDIENCE, PRICES, SOCIAL, QUIZ);
        screenshotsAtBothWidths(editor, "authoring-01-editor");

        // 3. The draft as a learner would see it, then published.
        LearnerCoursePage preview = editor.previewAsLearner();
        assertThat(preview.showsPreviewBanner()).isTrue();
        assertThat(preview.previewBannerText()).contains("Vista previa del borrador");
        assertThat(preview.lessonTitles()).containsExactly(AUDIENCE, PRICES, SOCIAL);
        assertThat(preview.entries()).containsExactly(AUDIENCE, PRICES, SOCIAL, QUIZ + " (cuestionario)");
        LearnerLessonPage previewLesson = preview.openLesson(AUDIENCE);
        assertThat(previewLesson.showsPreviewBanner()).isTrue();
        assertThat(previewLesson.countInBody(".video-card")).isEqualTo(1);
        assertThat(previewLesson.imageNaturalWidth("media/")).as("the poster's width in the trainer's preview")
                .isPositive();
        screenshotsAtBothWidths(previewLesson, "authoring-05-preview-lesson");
        editor = previewLesson.backToEditor();

        // Until the course is published, its files belong to the draft: for a learner they do not exist.
        HomePage learnerHome = editor.signOut().signInAsLearner(learner, People.PASSWORD);
        assertThat(learnerHome.fetch(pdfUrl)).as("the draft's PDF for a learner").startsWith("404 ");
        assertThat(learnerHome.fetch(imageUrl)).as("the draft's poster for a learner").startsWith("404 ");
        editor = learnerHome.signOut().signInAsTrainer(trainer, People.PASSWORD).openCourse(COURSE).publish();
        assertThat(editor.state()).isEqualTo("Publicado · v1");

        // 4. A draft change stays invisible to learners until it is published again.
        editor = editor.openLesson(AUDIENCE).append("\n\n" + CHANGE).waitForPreviewShowing(CHANGE).save()
                .backToCourse();
        assertThat(editor.state()).isEqualTo("Publicado · v1");

        // The trainer's preview left the poster in this browser's cache; the learner must download it themself.
        forgetCachedFiles();
        LearnerCoursePage learnerCourse = editor.signOut().signInAsLearner(learner, People.PASSWORD)
                .openCourse(COURSE);
        assertThat(learnerCourse.entries()).containsExactly(AUDIENCE, PRICES, SOCIAL, QUIZ + " (cuestionario)");
        LearnerLessonPage learnerLesson = learnerCourse.enrol().openLesson(AUDIENCE);
        assertThat(learnerLesson.showsPreviewBanner()).isFalse();
        assertThat(learnerLesson.bodyText()).contains("llega en familia").doesNotContain(CHANGE);
        assertThat(learnerLesson.imageNaturalWidth("media/")).as("the poster's width, downloaded by the learner")
                .isPositive();
        assertThat(learnerLesson.fetch(imageUrl)).startsWith("200 image/png inline");
        assertThat(learnerLesson.linkHref(PDF_NAME)).isEqualTo(pdfUrl);
        assertThat(learnerLesson.fetch(pdfUrl)).startsWith("200 application/pdf attachment").contains(PDF_NAME);

        editor = learnerLesson.signOut().signInAsTrainer(trainer, People.PASSWORD).openCourse(COURSE).publish();
        assertThat(editor.state()).isEqualTo("Publicado · v2");
        editor = editor.showVersions();
        assertThat(editor.versions()).containsExactly("v2 · vigente", "v1");
        assertThat(editor.versionsText()).contains("Modificado: " + AUDIENCE, "Primera versión");
        screenshotsAtBothWidths(editor, "authoring-03-versions");

        learnerLesson = editor.signOut().signInAsLearner(learner, People.PASSWORD).openCourse(COURSE)
                .openLesson(AUDIENCE);
        assertThat(learnerLesson.bodyText()).contains("llega en familia", CHANGE);
        assertThat(learnerLesson.countInBody("table")).isEqualTo(1);
        assertThat(learnerLesson.countInBody(".video-card")).isEqualTo(1);
        assertThat(learnerLesson.imageSources()).containsExactly(imageUrl);
        assertThat(learnerLesson.linkHref(PDF_NAME)).isEqualTo(pdfUrl);
        assertThat(learnerLesson.iframesOnPage()).as("iframes before the learner clicks the video card").isZero();
        screenshotsAtBothWidths(learnerLesson, "authoring-04-learner-lesson");
        assertThat(learnerLesson.playFirstVideo())
                .startsWith("https://www.youtube-nocookie.com/embed/" + VIDEO_ID);
        assertThat(learnerLesson.countInBody(".video-card")).isZero();
    }

    @Test
    void hostile_markdown_saved_and_published_in_the_browser_runs_no_script_for_the_trainer_or_the_learner() {
        String trainer = People.uniqueUsername("formadora");
        People.create(accounts, trainer, Role.TRAINER);
        String learner = People.uniqueUsername("aprendiz");
        People.create(accounts, learner, Role.LEARNER);
        String title = "Festival seguro " + trainer;
        Courses.withOneLesson(authoring, trainer, title);
        List<String> payloads = List.of(
                "<script>alert(1)</script>",
                "<script>window.xss=1</script>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "[clic](javascript:alert(1))",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<details open ontoggle=alert(1)>",
                "<input autofocus onfocus=alert(1)>",
                "https://www.youtube.com/watch?v=abcdefghijk\"><script>alert(1)</script>");
        assertThat(HtmlSafety.payloads()).as("payloads of the shared corpus").containsAll(payloads);

        LessonEditorPage lesson = LoginPage.open(this).signInAsTrainer(trainer, People.PASSWORD).openCourse(title)
                .openLesson("Costos fijos y variables")
                .write(String.join("\n\n", payloads) + "\n\nFin de la prueba.")
                .waitForPreviewShowing("Fin de la prueba.");
        assertNoScriptRan("the lesson editor's live preview");
        CourseEditorPage editor = lesson.save().backToCourse().publish();
        assertThat(editor.state()).isEqualTo("Publicado · v1");

        LearnerLessonPage learnerLesson = editor.signOut().signInAsLearner(learner, People.PASSWORD)
                .openCourse(title).enrol().openLesson("Costos fijos y variables");
        assertThat(learnerLesson.bodyText()).contains("Fin de la prueba.");
        assertNoScriptRan("the learner's lesson page");
    }

    private void assertNoScriptRan(String where) {
        assertThatThrownBy(() -> new WebDriverWait(driver(), Duration.ofSeconds(2))
                .until(ExpectedConditions.alertIsPresent()))
                .as("a JavaScript dialog on %s", where).isInstanceOf(TimeoutException.class);
        assertThat(((JavascriptExecutor) driver()).executeScript("return typeof window.xss"))
                .as("window.xss on %s", where).isEqualTo("undefined");
    }

    /**
     * A 1200 × 800 festival poster drawn here (sky, sun, hills, a stage with lights), saved as a PNG to upload.
     */
    private Path festivalPoster() throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0x7a2e5c), 0, 800, new Color(0xf2a541)));
            g.fillRect(0, 0, 1200, 800);
            g.setColor(new Color(0xfff1c9));
            g.fillOval(780, 90, 260, 260);
            g.setColor(new Color(0x3d5a3a));
            g.fillPolygon(new int[] {0, 260, 520, 820, 1200, 1200, 0},
                    new int[] {560, 430, 530, 410, 540, 800, 800}, 7);
            g.setColor(new Color(0x2b1a24));
            g.fillRect(330, 470, 540, 330);
            g.setColor(new Color(0xf2a541));
            g.setStroke(new BasicStroke(14));
            g.drawArc(330, 380, 540, 200, 0, 180);
            for (int i = 0; i < 6; i++) {
                g.setColor(i % 2 == 0 ? new Color(0xe94f37) : new Color(0x44bba4));
                g.fillOval(370 + i * 85, 500, 50, 50);
            }
        } finally {
            g.dispose();
        }
        Path file = uploads.resolve(POSTER);
        assertThat(ImageIO.write(image, "png", file.toFile())).as("a PNG writer").isTrue();
        return file;
    }

    /** Empties this browser's HTTP cache, as if the next person used another device. */
    private void forgetCachedFiles() {
        ((ChromeDriver) driver()).executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /**
     * Desktop and phone screenshots of the current screen, once its toasts have gone; the phone one must not
     * scroll sideways.
     */
    private void screenshotsAtBothWidths(Page screen, String name) {
        screenshotsAtBothWidths(screen, name, () -> { });
    }

    /** The same, with {@code frame} run after each resize to bring the part worth seeing into view. */
    private void screenshotsAtBothWidths(Page screen, String name, Runnable frame) {
        screen.waitForNotificationsToClose();
        setWidth(DESKTOP_WIDTH);
        frame.run();
        screenshot(name + "-desktop");
        setWidth(PHONE_WIDTH);
        frame.run();
        screenshot(name + "-360");
        long overflow = horizontalOverflow();
        setWidth(DESKTOP_WIDTH);
        assertThat(overflow).as("horizontal scrolling of %s at %d px", name, PHONE_WIDTH).isZero();
    }
}
