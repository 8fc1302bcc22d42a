package org.paralelo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paralelo.support.BrowserTest;

/** A trainer's home, imparto ("Cursos que imparto"): their course cards and "Nuevo curso" with its dialog. */
public class TeachingPage extends Page {

    private static final By NEW_COURSE_DIALOG = By.id("course-title");

    TeachingPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the trainer's courses", d -> path().equals("/imparto"));
        visible(By.id("new-course"));
        browser.waitForVaadin();
    }

    /** Opens the editor of one of their courses from its card. */
    public CourseEditorPage openCourse(String title) {
        click(elementWithText(By.cssSelector(".course-card h3 a"), title));
        return new CourseEditorPage(browser);
    }

    /** "Nuevo curso": fills title, summary and hours in the dialog and creates it; the editor opens next. */
    public CourseEditorPage createCourse(String title, String summary, int hours) {
        click("new-course");
        visible(NEW_COURSE_DIALOG);
        type("course-title", title);
        WebElement summaryArea = visible(By.id("course-summary")).findElement(By.tagName("textarea"));
        summaryArea.clear();
        summaryArea.sendKeys(summary);
        type("course-hours", Integer.toString(hours));
        browser.waitForVaadin();
        click("create-course");
        waitUntil("waiting for the new-course dialog to close",
                ExpectedConditions.invisibilityOfElementLocated(NEW_COURSE_DIALOG));
        return new CourseEditorPage(browser);
    }
}
