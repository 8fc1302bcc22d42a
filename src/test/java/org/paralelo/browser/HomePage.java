package org.paralelo.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.paralelo.support.BrowserTest;

/** A learner's home, mis-cursos: heading, course cards and the header with language switch and sign-out. */
public class HomePage extends Page {

    HomePage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the learner home", d -> path().equals("/mis-cursos"));
        visible(By.id("learner-home-intro"));
        browser.waitForVaadin();
    }

    /**
     * Back home in place, by the brand link in the drawer (clicked by script: on a phone the drawer is closed), as a
     * person leaving another screen would: the page is not reloaded.
     */
    public static HomePage openFromBrand(BrowserTest browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('a.brand').click()");
        return new HomePage(browser);
    }

    public List<String> courseTitles() {
        return texts(By.cssSelector(".course-card h3"));
    }

    /** Opens a published course from its card. */
    public LearnerCoursePage openCourse(String title) {
        click(elementWithText(By.cssSelector(".course-card h3 a"), title));
        return new LearnerCoursePage(browser);
    }

    /** Picks a language in the header's switcher; the page reloads in that language. */
    public HomePage switchLanguageTo(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        return new HomePage(browser);
    }

    /** The language the header's switcher shows as chosen (not its screen-reader label). */
    public String languageShown() {
        return visible(By.id("language-switcher")).findElement(By.cssSelector("vaadin-select-value-button"))
                .getText().strip();
    }
}
