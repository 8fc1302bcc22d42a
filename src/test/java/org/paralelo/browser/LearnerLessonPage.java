package org.paralelo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/** One lesson as learners read it, cursos/:id/lecciones/:key: breadcrumb, title, body, previous/next. */
public class LearnerLessonPage extends Page {

    private static final By BODY = By.cssSelector("article.lesson-body");

    LearnerLessonPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for a lesson page", d -> path().matches("/cursos/\\d+/lecciones/[^/]+"));
        visible(BODY);
        browser.waitForVaadin();
    }

    public String bodyText() {
        return text(visible(BODY));
    }

    public boolean showsPreviewBanner() {
        return !driver().findElements(By.cssSelector(".preview-banner")).isEmpty();
    }

    /** The preview banner's "Volver al editor". */
    public CourseEditorPage backToEditor() {
        click(elementWithText(By.cssSelector(".preview-banner a"), "Volver al editor"));
        return new CourseEditorPage(browser);
    }

    /** How many of the lesson body's elements match a CSS selector, e.g. "table" or ".video-card". */
    public int countInBody(String cssSelector) {
        return visible(BODY).findElements(By.cssSelector(cssSelector)).size();
    }

    /** Every iframe on the whole page: no video player may load before the learner asks for it. */
    public int iframesOnPage() {
        return driver().findElements(By.tagName("iframe")).size();
    }

    /** Clicks the first video card's play button; the card is replaced by the player. Returns the player's src. */
    public String playFirstVideo() {
        click(visible(By.cssSelector(".video-card .video-play")));
        WebElement player = waitUntil("waiting for the video player to replace the card",
                d -> d.findElements(By.cssSelector("article.lesson-body iframe.video-player")).stream()
                        .findFirst().orElse(null));
        return player.getDomAttribute("src");
    }
}
