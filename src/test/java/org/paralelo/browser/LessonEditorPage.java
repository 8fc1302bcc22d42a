package org.paralelo.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/**
 * The lesson editor, autoria/cursos/:id/lecciones/:key: Markdown on one side (with its formatting toolbar and the
 * "Imagen" and "Adjunto" uploads), the server-rendered preview on the other, and "Guardar".
 */
public class LessonEditorPage extends Page {

    private static final By MARKDOWN = By.cssSelector("#lesson-markdown textarea");
    private static final By PREVIEW = By.id("lesson-preview");

    LessonEditorPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the lesson editor", d -> path().matches("/autoria/cursos/\\d+/lecciones/[^/]+"));
        visible(MARKDOWN);
        browser.waitForVaadin();
    }

    /** Replaces the Markdown by typing it, as a trainer would (Enter for each line break). */
    public LessonEditorPage write(String markdown) {
        WebElement area = visible(MARKDOWN);
        area.clear();
        area.sendKeys(markdown);
        return this;
    }

    /** Types at the end of the Markdown, keeping what is there. */
    public LessonEditorPage type(String text) {
        visible(MARKDOWN).sendKeys(text);
        return this;
    }

    /** Types more Markdown at the end of what is there. */
    public LessonEditorPage append(String markdown) {
        WebElement area = visible(MARKDOWN);
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), markdown);
        return this;
    }

    /**
     * "Imagen": uploads a file as a person choosing it in the file dialog would, describes it in the dialog that
     * asks for its alt text, then waits until the editor has put {@code ![description](media/<id>/<name>)} at the
     * cursor and the preview shows the picture.
     */
    public LessonEditorPage uploadImage(Path file, String description) {
        return upload("upload-image", file, "![", "img[src*='media/']", () -> {
            WebElement field = visible(By.cssSelector("#alt-text input"));
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), description);
            click("alt-text-insert");
        });
    }

    /** "Adjunto": uploads a file and waits for {@code [name](media/<id>/<name>)} and the link in the preview. */
    public LessonEditorPage uploadAttachment(Path file) {
        return upload("upload-attachment", file, "[", "a[href*='media/']", () -> { });
    }

    /**
     * Hands the absolute path to the upload's hidden {@code <input type=file>} (in the vaadin-upload's shadow DOM;
     * the light DOM is searched first in case a later version moves it), which uploads it at once.
     */
    private LessonEditorPage upload(String uploadId, Path file, String linkStart, String previewSelector,
                                    Runnable afterUpload) {
        WebElement input = fileInput(uploadId);
        String name = file.getFileName().toString();
        int previewMatchesBefore = countInPreview(previewSelector);
        input.sendKeys(file.toAbsolutePath().toString());
        afterUpload.run();
        Pattern link = Pattern.compile(Pattern.quote(linkStart) + "[^\\]]*\\]\\(media/\\d+/" + Pattern.quote(name)
                + "\\)");
        waitUntil("waiting for the editor to insert the link to " + name, d -> link.matcher(markdown()).find());
        waitUntil("waiting for the preview to show the upload " + name,
                d -> countInPreview(previewSelector) > previewMatchesBefore);
        browser.waitForVaadin();
        return this;
    }

    /**
     * Brings the uploads into view, e.g. for a screenshot: the end of the Markdown (where they were inserted) and
     * the preview's first picture.
     */
    public void showUploads() {
        WebElement area = visible(MARKDOWN);
        script("arguments[0].scrollTop = arguments[0].scrollHeight", area);
        script("arguments[0].scrollIntoView({block: 'center'})", visible(PREVIEW).findElement(By.tagName("img")));
        browser.waitForRendering();
    }

    /** The Markdown as the browser holds it. */
    public String markdown() {
        String value = visible(MARKDOWN).getDomProperty("value");
        return value == null ? "" : value;
    }

    /**
     * An attribute of the preview's elements that match a CSS selector, as the browser resolves it (a relative
     * {@code media/…} link becomes an absolute address), e.g. {@code ("img", "src")}.
     */
    public List<String> previewProperties(String cssSelector, String property) {
        return visible(PREVIEW).findElements(By.cssSelector(cssSelector)).stream()
                .map(element -> element.getDomProperty(property)).toList();
    }

    /** Clicks a button of the formatting toolbar by its label, e.g. "Negrita". */
    public LessonEditorPage format(String buttonLabel) {
        click(elementWithText(By.cssSelector(".markdown-toolbar vaadin-button"), buttonLabel));
        return this;
    }

    /**
     * Waits until the live preview (rendered on the server a moment after typing stops) shows the given text, and
     * returns this page for further checks on it.
     */
    public LessonEditorPage waitForPreviewShowing(String text) {
        waitUntil("waiting for the preview to show \"" + text + "\"",
                d -> text(d.findElement(PREVIEW)).contains(text));
        browser.waitForVaadin();
        return this;
    }

    /** The texts of the preview's elements that match a CSS selector, e.g. "h2" or "table td". */
    public List<String> previewTexts(String cssSelector) {
        return visible(PREVIEW).findElements(By.cssSelector(cssSelector)).stream().map(Page::text).toList();
    }

    /** How many of the preview's elements match a CSS selector, e.g. ".video-card". */
    public int countInPreview(String cssSelector) {
        return visible(PREVIEW).findElements(By.cssSelector(cssSelector)).size();
    }

    /** Every iframe on the whole page: the editor must not load a video player until asked to. */
    public int iframesOnPage() {
        return driver().findElements(By.tagName("iframe")).size();
    }

    /** "Guardar", then the confirmation toast. */
    public LessonEditorPage save() {
        expectNewNotification("Cambios guardados en el borrador.", () -> click("save-lesson"));
        return this;
    }

    /** "← Volver al curso". */
    public CourseEditorPage backToCourse() {
        click(elementWithText(By.cssSelector("main.lesson-editor > a"), "← Volver al curso"));
        return new CourseEditorPage(browser);
    }
}
