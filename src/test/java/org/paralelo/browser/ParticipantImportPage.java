package org.paralelo.browser;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/** /participantes/importar: upload, column mapping, preview grid, confirm, activation links. */
public class ParticipantImportPage extends Page {

    ParticipantImportPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the import page", d -> path().equals("/participantes/importar"));
        visible(By.id("import-upload"));
        browser.waitForVaadin();
    }

    public static ParticipantImportPage open(BrowserTest browser) {
        browser.open("participantes/importar");
        return new ParticipantImportPage(browser);
    }

    /** Hands the file to the upload's hidden file input; waits for the column mapping to appear. */
    public ParticipantImportPage upload(Path file) {
        WebElement input = fileInput("import-upload");
        List<WebElement> before = driver().findElements(By.id("import-preview"));
        input.sendKeys(file.toAbsolutePath().toString());
        if (!before.isEmpty()) {
            waitForReplacement(before.getFirst(), "waiting for the new file's mapping");
        }
        visible(By.id("import-preview"));
        browser.waitForVaadin();
        return this;
    }

    /** Opens the preview; answers its summary line. */
    public String preview() {
        click("import-preview");
        browser.waitForVaadin();
        return text(visible(By.id("import-summary")));
    }

    /** The visible text of the preview grid's cells (errors included). */
    public String gridText() {
        browser.waitForVaadin();
        return String.join("\n", texts(By.cssSelector("#import-grid vaadin-grid-cell-content")));
    }

    public void scrollTo(String id) {
        script("document.getElementById(arguments[0]).scrollIntoView()", id);
        browser.waitForRendering();
    }

    /** Confirms the import; answers the result line. */
    public String confirm() {
        click("import-confirm");
        browser.waitForVaadin();
        return text(visible(By.id("import-done")));
    }

    /** Downloads the activation links with the signed-in session and returns the CSV text (BOM included). */
    public String downloadLinks() {
        return downloadText("import-links");
    }

    public ParticipantImportPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        return new ParticipantImportPage(browser);
    }
}
