package org.paralelo.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/** The Network's screens (spaces, a space, a thread): headings, the thread and reply forms, the language. */
public class SpacePage extends Page {

    SpacePage(BrowserTest browser) {
        super(browser);
        visible(By.tagName("h1"));
        browser.waitForVaadin();
    }

    public static SpacePage open(BrowserTest browser, String path) {
        browser.open(path);
        return new SpacePage(browser);
    }

    /** Types into a Vaadin text field or text area (their light-DOM input or textarea). */
    protected void write(String fieldId, String text) {
        WebElement field = visible(By.id(fieldId));
        WebElement input = field.findElements(By.cssSelector("textarea")).stream().findFirst()
                .orElseGet(() -> field.findElement(By.cssSelector("input")));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    public SpacePage openThread(String title, String body) {
        return startThread(title, body).sendThread();
    }

    /** Opens the new-thread form and types the title and text, without sending: files may be added first. */
    public SpacePage startThread(String title, String body) {
        click(visible(By.id("new-thread")).findElement(By.cssSelector("vaadin-details-summary")));
        write("new-thread-title", title);
        write("new-thread-body", body);
        return this;
    }

    public SpacePage sendThread() {
        WebElement old = visible(By.tagName("h1"));
        click("open-thread");
        waitForReplacement(old, "the thread's page");
        return new SpacePage(browser);
    }

    /**
     * "Add image…" in a post form ({@code new-thread}, {@code reply}, {@code edit}): uploads the file and waits for
     * its Markdown ({@code ![…](/media/…)}) at the end of the form's text.
     */
    public SpacePage addImage(String form, Path image) {
        fileInput(form + "-image-upload").sendKeys(image.toAbsolutePath().toString());
        WebElement text = visible(By.id(form + "-body")).findElement(By.cssSelector("textarea"));
        waitUntil("waiting for the image " + image.getFileName() + " in the text of " + form,
                d -> String.valueOf(text.getDomProperty("value")).contains("](/media/"));
        browser.waitForVaadin();
        return this;
    }

    /** "Attach file…" in a post form: uploads the file and waits for it in the form's list of attachments. */
    public SpacePage attachFile(String form, Path file) {
        fileInput(form + "-file-upload").sendKeys(file.toAbsolutePath().toString());
        String name = file.getFileName().toString();
        waitUntil("waiting for " + name + " in the attachments of " + form,
                d -> text(visible(By.id(form + "-attachments"))).contains(name));
        browser.waitForVaadin();
        return this;
    }

    /** The natural width of the first picture in a post's text once the browser has loaded it (0: it failed). */
    public long imageWidthInPost(int seq) {
        return loadedWidth(visible(By.cssSelector("#post-" + seq + " .post-body img")));
    }

    /** The natural width of the picture in the avatar beside a post's author, once loaded. */
    public long avatarWidthBesidePost(int seq) {
        return avatarWidth(visible(By.cssSelector("#post-" + seq + " .post-head vaadin-avatar")));
    }

    /** Downloads a post's attachment by its link, with the reader's session. */
    public byte[] downloadAttachment(int seq, String name) {
        return downloadBytes(elementWithText(By.cssSelector("#attachments-" + seq + " a"), name)
                .getDomAttribute("href"));
    }

    public SpacePage reply(String body) {
        write("reply-body", body);
        click("send-reply");
        browser.waitForVaadin();
        return this;
    }

    public SpacePage takeStance(String label) {
        WebElement group = visible(By.id("reply-stance"));
        click(group.findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(b -> text(b).equals(label)).findFirst().orElseThrow());
        return this;
    }

    public String textOf(String id) {
        return text(visible(By.id(id)));
    }

    /** Whether any payload managed to run: they all try to set {@code window.__xss}. */
    public boolean scriptRan() {
        return Boolean.TRUE.equals(script("return window.__xss !== undefined;"));
    }

    public SpacePage inLanguage(String label, String heading) {
        switchLanguage(label, heading);
        return new SpacePage(browser);
    }
}
