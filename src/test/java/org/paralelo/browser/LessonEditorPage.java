package org.paralelo.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/**
 * The lesson editor, autoria/cursos/:id/lecciones/:key: Markdown on one side (with its formatting toolbar), the
 * server-rendered preview on the other, and "Guardar".
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

    /** Types more Markdown at the end of what is there. */
    public LessonEditorPage append(String markdown) {
        WebElement area = visible(MARKDOWN);
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), markdown);
        return this;
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
