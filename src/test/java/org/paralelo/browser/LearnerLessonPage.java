package org.paralelo.browser;

import java.util.List;
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

    /** Waits for "Lección terminada": the lesson completed itself once its end scrolled into view. */
    public String waitForDone() {
        return text(visible(By.id("lesson-done")));
    }

    /** The outline's statuses, in order, as their badges say. */
    public List<String> outlineStatuses() {
        return texts(By.cssSelector("#lesson-outline .item-status"));
    }

    /** Opens the outline at the top of the lesson (a closed {@code vaadin-details}) by its summary. */
    public LearnerLessonPage openOutline() {
        click(visible(By.cssSelector("#lesson-outline vaadin-details-summary")));
        visible(By.cssSelector("#lesson-outline nav li a"));
        return this;
    }

    /** The outline entry marked as the current page. */
    public String currentInOutline() {
        return text(visible(By.cssSelector("#lesson-outline nav li.current a[aria-current=page]")));
    }

    /**
     * Follows an item's link in the opened outline; waits for the lesson it leads to. The link must navigate in
     * place, as the router does (one round trip), not reload the page (every script and style again on a slow
     * connection): a mark left on the window before the click must still be there after.
     */
    public LearnerLessonPage followOutline(String title) {
        script("window.paraleloSamePage = true");
        click(elementWithText(By.cssSelector("#lesson-outline nav li a"), title));
        waitUntil("waiting for the lesson " + title, d -> text(visible(By.tagName("h1"))).equals(title));
        if (!Boolean.TRUE.equals(script("return window.paraleloSamePage === true"))) {
            throw new AssertionError("the outline's link reloaded the whole page instead of navigating in place");
        }
        return new LearnerLessonPage(browser);
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

    /**
     * The natural width of the body's first image whose address contains {@code srcPart}, once the browser has
     * finished with it: 0 when its download failed. The image is scrolled into view first, as lesson images load
     * lazily.
     */
    public long imageNaturalWidth(String srcPart) {
        WebElement image = waitUntil("waiting for an image with \"" + srcPart + "\" in its address",
                d -> visible(BODY).findElements(By.tagName("img")).stream()
                        .filter(img -> String.valueOf(img.getDomAttribute("src")).contains(srcPart))
                        .findFirst().orElse(null));
        script("arguments[0].scrollIntoView({block: 'center'})", image);
        waitUntil("waiting for the image " + srcPart + " to finish loading",
                d -> Boolean.TRUE.equals(script("return arguments[0].complete", image)));
        return ((Number) script("return arguments[0].naturalWidth", image)).longValue();
    }

    /** The absolute address of the body's link with exactly this text, e.g. an attachment's file name. */
    public String linkHref(String linkText) {
        return elementWithText(By.cssSelector("article.lesson-body a"), linkText).getDomProperty("href");
    }

    /** The absolute addresses of the body's images. */
    public List<String> imageSources() {
        return visible(BODY).findElements(By.tagName("img")).stream().map(img -> img.getDomProperty("src"))
                .toList();
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
