package org.paralelo.browser;

import java.nio.file.Path;
import java.util.List;
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
     * one more Markdown picture ({@code ![…](/media/…)}) in the form's text: an edited post may have some already.
     */
    public SpacePage addImage(String form, Path image) {
        long before = pictures(formText(form));
        fileInput(form + "-image-upload").sendKeys(image.toAbsolutePath().toString());
        waitUntil("waiting for the image " + image.getFileName() + " in the text of " + form,
                d -> pictures(formText(form)) > before);
        browser.waitForVaadin();
        return this;
    }

    private static long pictures(String markdown) {
        return markdown.split("\\]\\(/media/", -1).length - 1L;
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

    /**
     * Uploads a file the server refuses through a form's upload ({@code reply-file-upload}, {@code edit-image-upload}
     * …) and waits for the refusal's notification with exactly this text.
     */
    public SpacePage uploadRefused(String uploadId, Path file, String message) {
        expectNewNotification(message, () -> fileInput(uploadId).sendKeys(file.toAbsolutePath().toString()));
        browser.waitForVaadin();
        return this;
    }

    /** The text of a form's list of attachments ({@code reply}, {@code edit}); "" when it lists none. */
    public String attachmentsInForm(String form) {
        // An empty list is invisible, and Vaadin leaves an invisible component out of the page altogether.
        return driver().findElements(By.id(form + "-attachments")).stream().map(Page::text).findFirst().orElse("");
    }

    /** The text in a form's text area ({@code reply}, {@code edit}), as the browser holds it. */
    public String formText(String form) {
        return String.valueOf(visible(By.id(form + "-body")).findElement(By.cssSelector("textarea"))
                .getDomProperty("value"));
    }

    /** Takes an attachment off a form's list with its {@code <form>-remove-<mediaId>} button. */
    public SpacePage removeAttachment(String form, String name) {
        WebElement row = waitUntil("waiting for " + name + " in the attachments of " + form,
                d -> d.findElements(By.cssSelector("#" + form + "-attachments li")).stream()
                        .filter(li -> text(li).contains(name)).findFirst().orElse(null));
        click(row.findElement(By.cssSelector("[id^='" + form + "-remove-']")));
        waitUntil("waiting for " + name + " to leave the attachments of " + form,
                d -> !attachmentsInForm(form).contains(name));
        return this;
    }

    /** Opens the edit form under one's own post ({@code edit-<seq>}). */
    public SpacePage startEdit(int seq) {
        click("edit-" + seq);
        visible(By.id("edit-body"));
        return this;
    }

    /** Adds text at the end of the edit form's text, keeping what is there (pictures included). */
    public SpacePage appendToEdit(String text) {
        WebElement area = visible(By.id("edit-body")).findElement(By.cssSelector("textarea"));
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\n" + text, Keys.TAB);
        browser.waitForVaadin();
        return this;
    }

    /** "Save" in the edit form; waits for the thread to be shown again with the edited post. */
    public SpacePage saveEdit() {
        WebElement old = visible(By.id("save-edit"));
        click(old);
        waitForReplacement(old, "the thread shown again after the edit");
        return new SpacePage(browser);
    }

    /** The natural widths of all pictures in a post's text, once the browser has loaded them. */
    public List<Long> imageWidthsInPost(int seq) {
        visible(By.cssSelector("#post-" + seq + " .post-body img"));
        return driver().findElements(By.cssSelector("#post-" + seq + " .post-body img")).stream()
                .map(this::loadedWidth).toList();
    }

    /** The text of a post's body. */
    public String postText(int seq) {
        return text(visible(By.cssSelector("#post-" + seq + " .post-body")));
    }

    /** The names of the files listed under a post; empty when it has none. */
    public List<String> attachmentNames(int seq) {
        return texts(By.cssSelector("#attachments-" + seq + " a"));
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
        return writeReply(body).sendReply();
    }

    /** Types a reply without sending it: files may be added first. */
    public SpacePage writeReply(String body) {
        write("reply-body", body);
        return this;
    }

    public SpacePage sendReply() {
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
