package org.paralelo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.paralelo.people.PersonId;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.SessionId;
import org.paralelo.support.BrowserTest;

/** sesiones/{id}/asistencia: the roll call, one radio group of marks per person, and the check-in code. */
public class RollCallPage extends Page {

    RollCallPage(BrowserTest browser) {
        super(browser);
        visible(By.id("rollcall-summary"));
        browser.waitForVaadin();
    }

    public static RollCallPage open(BrowserTest browser, SessionId session) {
        browser.open(ProgrammePaths.rollCall(session));
        return new RollCallPage(browser);
    }

    public String heading() {
        return text(visible(By.tagName("h1")));
    }

    public String summary() {
        return text(visible(By.id("rollcall-summary")));
    }

    /** Taps the mark with this label on the person's line and waits for the summary to change. */
    public RollCallPage tap(PersonId person, String label) {
        String before = summary();
        click(markButton(person, label));
        waitUntil("waiting for the summary to count the mark", d -> !summary().equals(before));
        return this;
    }

    /** Marks with the keyboard: focus on the mark's radio input, then the space bar. */
    public RollCallPage press(PersonId person, String label) {
        String before = summary();
        WebElement input = markButton(person, label).findElement(By.cssSelector("input"));
        script("arguments[0].focus()", input);
        input.sendKeys(Keys.SPACE);
        browser.waitForVaadin();
        waitUntil("waiting for the summary to count the mark", d -> !summary().equals(before));
        return this;
    }

    /** Shows a new check-in code and returns it without spaces. */
    public String showCode() {
        click("check-in-issue");
        return text(visible(By.id("check-in-code"))).replace(" ", "");
    }

    public RollCallPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        return new RollCallPage(browser);
    }

    private WebElement markButton(PersonId person, String label) {
        return waitUntil("waiting for the mark " + label, d -> visible(By.id("mark-" + person.value()))
                .findElements(By.tagName("vaadin-radio-button")).stream().filter(b -> text(b).equals(label))
                .findFirst().orElse(null));
    }
}
