package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The learning screens in a real browser (what only a browser shows): a learner enrols on the course page, and a
 * short lesson completes itself when its end scrolls into view (IntersectionObserver, or the scroll fallback of
 * browsers without it), updating the outline.
 * Screenshots at desktop width and at 360 px, which must not scroll sideways.
 */
class LearnerScreensJourneyTest extends BrowserTest {


    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;

    @Test
    void a_learner_enrols_and_a_lesson_completes_itself_on_reaching_its_end() {
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        String learner = LearningFixture.learner(accounts);

        LoginPage.open(this).signInAsLearner(learner, People.PASSWORD);
        LearnerCoursePage page = LearnerCoursePage.open(this, "/" + LearnerPaths.coursePage(course.course));
        assertThat(page.enrolmentText()).contains("Inscribirme");
        screenshotsAtBothWidths("learning-01-course-page");

        page = page.enrol();
        assertThat(page.enrolmentText()).contains("0 de 2 obligatorios · 0 %", "Continuar");
        assertThat(page.statuses()).containsExactly("Sin empezar", "Sin empezar", "Sin empezar");

        LearnerLessonPage lesson = page.openLesson("Costos fijos y variables");
        assertThat(lesson.waitForDone()).contains("Lección terminada");
        screenshotsAtBothWidths("learning-02-lesson-done");
        // The outline is markup in one server node (issue #16): it opens, shows the statuses and leads on.
        lesson.openOutline();
        assertThat(lesson.outlineStatuses()).containsExactly("Terminado", "Sin empezar", "Sin empezar");
        assertThat(lesson.currentInOutline()).isEqualTo("Costos fijos y variables");
        screenshotsAtBothWidths("learning-02b-outline-open");

        page = LearnerCoursePage.open(this, "/" + LearnerPaths.coursePage(course.course));
        assertThat(page.statuses()).containsExactly("Terminado", "Sin empezar", "Sin empezar");
        assertThat(page.enrolmentText()).contains("1 de 2 obligatorios · 50 %");
        screenshotsAtBothWidths("learning-03-course-progress");

        lesson = page.openLesson("Costos fijos y variables").openOutline();
        assertThat(lesson.followOutline("Segunda").bodyText()).contains("Texto de la segunda.");
    }

    @Test
    void in_a_browser_without_intersection_observer_a_lesson_still_completes_on_reaching_its_end() {
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        String learner = LearningFixture.learner(accounts);
        ChromeDriver chrome = (ChromeDriver) driver();
        Object script = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "delete window.IntersectionObserver;")).get("identifier");
        try {
            LoginPage.open(this).signInAsLearner(learner, People.PASSWORD);
            LearnerCoursePage page = LearnerCoursePage.open(this, "/" + LearnerPaths.coursePage(course.course));
            assertThat(chrome.executeScript("return 'IntersectionObserver' in window")).isEqualTo(false);
            page = page.enrol();

            LearnerLessonPage lesson = page.openLesson("Costos fijos y variables");

            assertThat(lesson.waitForDone()).contains("Lección terminada");
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

}
