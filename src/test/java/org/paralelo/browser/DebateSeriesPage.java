package org.paralelo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.SeriesId;
import org.paralelo.programme.SessionId;
import org.paralelo.support.BrowserTest;

/** series/{id} and sesiones/{id}/acta: a debate series' page and a session's minutes and agreements. */
public class DebateSeriesPage extends Page {

    DebateSeriesPage(BrowserTest browser) {
        super(browser);
        visible(By.tagName("h1"));
        browser.waitForVaadin();
    }

    public static DebateSeriesPage series(BrowserTest browser, SeriesId series) {
        browser.open(ProgrammePaths.series(series));
        return new DebateSeriesPage(browser);
    }

    public static DebateSeriesPage session(BrowserTest browser, SessionId session) {
        browser.open(ProgrammePaths.debate(session));
        return new DebateSeriesPage(browser);
    }

    public String sectionText(String id) {
        return text(visible(By.id(id)));
    }

    /** Records an agreement made at this session and waits for the list to show it. */
    public void addAgreement(String text) {
        WebElement area = visible(By.id("agreement-text")).findElement(By.cssSelector("textarea"));
        area.clear();
        area.sendKeys(text, Keys.TAB);
        WebElement list = visible(By.id("agreement-list"));
        click("add-agreement");
        waitForReplacement(list, "waiting for the agreements to be listed again");
    }

    /** Scrolls a part of the page to the top, so a screenshot shows it. */
    public void scrollTo(String id) {
        script("arguments[0].scrollIntoView({block: 'start'})", visible(By.id(id)));
    }

    /** Taps a button that opens a dialog and waits until a field or button inside the dialog is shown. */
    public DebateSeriesPage openDialog(String buttonId, String insideId) {
        click(buttonId);
        visible(By.id(insideId));
        browser.waitForVaadin();
        return this;
    }

    /** Closes the open dialog with the Escape key, as a keyboard user would, and waits until it is gone. */
    public DebateSeriesPage closeDialog(String insideId) {
        driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitUntil("waiting for the dialog to close", d -> d.findElements(By.id(insideId)).stream()
                .noneMatch(WebElement::isDisplayed));
        browser.waitForVaadin();
        return this;
    }

    /** Taps a button that asks for confirmation and waits until the confirmation dialog is shown. */
    public DebateSeriesPage openConfirmation(String buttonId) {
        click(buttonId);
        visible(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        browser.waitForVaadin();
        return this;
    }

    /** Answers "no" to the open confirmation dialog. */
    public DebateSeriesPage dismissConfirmation() {
        By button = By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='cancel-button']");
        click(visible(button));
        // Looked up afresh each time: the closed dialog's button leaves the page, and a stale handle never says so.
        waitUntil("waiting for the confirmation to close", d -> d.findElements(button).stream()
                .noneMatch(WebElement::isDisplayed));
        browser.waitForVaadin();
        return this;
    }

    /** The list of debate series, where a new one is planned. */
    public static DebateSeriesPage list(BrowserTest browser) {
        browser.open(ProgrammePaths.seriesList());
        return new DebateSeriesPage(browser);
    }

    public DebateSeriesPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        return new DebateSeriesPage(browser);
    }
}
