package org.paralelo.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.paralelo.support.BrowserTest;

/**
 * A course's syllabus as learners see it, cursos/:id: the published version, or with {@code ?vista-previa} the
 * draft under the preview banner.
 */
public class LearnerCoursePage extends Page {

    /** Lesson links only: quiz entries link to the quiz player. */
    private static final By LESSON_LINKS = By.cssSelector("section.module li a[href*='/lecciones/']");

    /** Opens a course page directly by its address. */
    static LearnerCoursePage open(BrowserTest browser, String path) {
        browser.open(path);
        return new LearnerCoursePage(browser);
    }

    LearnerCoursePage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for a course page", d -> path().matches("/cursos/\\d+"));
        visible(By.tagName("h1"));
        browser.waitForVaadin();
    }

    public boolean showsPreviewBanner() {
        return !driver().findElements(By.cssSelector(".preview-banner")).isEmpty();
    }

    public String previewBannerText() {
        return text(visible(By.cssSelector(".preview-banner")));
    }

    public List<String> lessonTitles() {
        return texts(LESSON_LINKS);
    }

    /** Every entry of the syllabus, lessons and quizzes, as read, e.g. "Repaso (cuestionario)". */
    public List<String> entries() {
        return texts(By.cssSelector("section.module li"));
    }

    /** Presses "Inscribirme" and waits for the progress bar that replaces it; lessons become links. */
    public LearnerCoursePage enrol() {
        click(visible(By.id("enrol")));
        visible(By.cssSelector("#enrolment-box .progress-line"));
        browser.waitForVaadin();
        return this;
    }

    /** The text of the enrolment box: the progress, or why one cannot enrol. */
    public String enrolmentText() {
        return text(visible(By.id("enrolment-box")));
    }

    /** The syllabus entries' statuses as their badges say, e.g. "Terminado". */
    public List<String> statuses() {
        return texts(By.cssSelector("section.module li .item-status"));
    }

    public LearnerLessonPage openLesson(String title) {
        click(elementWithText(LESSON_LINKS, title));
        return new LearnerLessonPage(browser);
    }
}
