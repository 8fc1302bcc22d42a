package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
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
 * Authoring in a real browser: a trainer builds a course from "Cursos que imparto", writes lessons with a table
 * and a light video card, reorders them with a button and by dragging, previews the draft as a learner and
 * publishes; a learner sees only what is published, version by version. Plus one check that hostile lesson
 * Markdown runs no script in the browser.
 */
class AuthoringJourneyTest extends BrowserTest {

    private static final int PHONE_WIDTH = 360;
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

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;

    @Test
    void a_trainer_builds_reorders_previews_and_publishes_a_course_and_a_learner_sees_each_version_once_published() {
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
        editor = lesson.save().backToCourse();

        lesson = editor.addLesson(1, PRICES).write("Fija el precio de la entrada: ").format("Negrita")
                .waitForPreviewShowing("entrada: texto");
        assertThat(lesson.previewTexts("strong")).containsExactly("texto");
        editor = lesson.save().backToCourse();
        editor = editor.addLesson(2, SOCIAL)
                .write("## Calendario de publicaciones\n\nPublica tres veces por semana antes del festival.")
                .waitForPreviewShowing("tres veces por semana").save().backToCourse();
        // Extension point: once the media and quiz modules land, this journey also uploads an image into the
        // first lesson, attaches a PDF to the second and adds a three-question quiz to the first module.
        assertThat(editor.itemTitles(1)).containsExactly(AUDIENCE, PRICES);
        assertThat(editor.itemTitles(2)).containsExactly(SOCIAL);

        // 2. Reordering: "Subir" on a row, then a drag onto a row of the other module.
        editor = editor.moveUp(PRICES);
        assertThat(editor.itemTitles(1)).containsExactly(PRICES, AUDIENCE);
        assertThat(editor.itemTitles()).containsExactly(PRICES, AUDIENCE, SOCIAL);
        editor = editor.dragItemOnto(PRICES, SOCIAL);
        assertThat(editor.itemTitles(1)).containsExactly(AUDIENCE);
        assertThat(editor.itemTitles(2)).containsExactly(PRICES, SOCIAL);
        assertThat(editor.itemTitles()).containsExactly(AUDIENCE, PRICES, SOCIAL);
        screenshotsAtBothWidths(editor, "authoring-01-editor");

        // 3. The draft as a learner would see it, then published.
        LearnerCoursePage preview = editor.previewAsLearner();
        assertThat(preview.showsPreviewBanner()).isTrue();
        assertThat(preview.previewBannerText()).contains("Vista previa del borrador");
        assertThat(preview.lessonTitles()).containsExactly(AUDIENCE, PRICES, SOCIAL);
        LearnerLessonPage previewLesson = preview.openLesson(AUDIENCE);
        assertThat(previewLesson.showsPreviewBanner()).isTrue();
        assertThat(previewLesson.countInBody(".video-card")).isEqualTo(1);
        screenshotsAtBothWidths(previewLesson, "authoring-05-preview-lesson");
        editor = previewLesson.backToEditor().publish();
        assertThat(editor.state()).isEqualTo("Publicado · v1");

        // 4. A draft change stays invisible to learners until it is published again.
        editor = editor.openLesson(AUDIENCE).append("\n\n" + CHANGE).waitForPreviewShowing(CHANGE).save()
                .backToCourse();
        assertThat(editor.state()).isEqualTo("Publicado · v1");

        LearnerLessonPage learnerLesson = editor.signOut().signInAsLearner(learner, People.PASSWORD)
                .openCourse(COURSE).openLesson(AUDIENCE);
        assertThat(learnerLesson.showsPreviewBanner()).isFalse();
        assertThat(learnerLesson.bodyText()).contains("llega en familia").doesNotContain(CHANGE);

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
                .openCourse(title).openLesson("Costos fijos y variables");
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
     * Desktop and phone screenshots of the current screen, once its toasts have gone; the phone one must not
     * scroll sideways.
     */
    private void screenshotsAtBothWidths(Page screen, String name) {
        screen.waitForNotificationsToClose();
        setWidth(DESKTOP_WIDTH);
        screenshot(name + "-desktop");
        setWidth(PHONE_WIDTH);
        screenshot(name + "-360");
        long overflow = horizontalOverflow();
        setWidth(DESKTOP_WIDTH);
        assertThat(overflow).as("horizontal scrolling of %s at %d px", name, PHONE_WIDTH).isZero();
    }
}
