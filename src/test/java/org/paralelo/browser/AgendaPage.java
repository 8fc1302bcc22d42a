package org.paralelo.browser;

import org.openqa.selenium.By;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.support.BrowserTest;

/** mi-agenda: a person's upcoming sessions and their calendar address. */
public class AgendaPage extends Page {

    AgendaPage(BrowserTest browser) {
        super(browser);
        visible(By.id("agenda-feed"));
        browser.waitForVaadin();
    }

    public static AgendaPage open(BrowserTest browser) {
        browser.open(ProgrammePaths.agenda());
        return new AgendaPage(browser);
    }

    /** Mi agenda with this month in the month view (which shows on wide screens only). */
    public static AgendaPage openMonth(BrowserTest browser, java.time.YearMonth month) {
        browser.open(ProgrammePaths.agenda() + "?mes=" + month);
        return new AgendaPage(browser);
    }

    /** The month view's text (title, weekdays, days and their entries), once it shows. */
    public String monthText() {
        return text(visible(By.id("agenda-month")));
    }

    /** Whether the list of sessions for phones shows. */
    public boolean listShows() {
        return rendered(driver().findElement(By.id("agenda-list")));
    }

    /** Creates the calendar address and returns it as the screen shows it. */
    public String createFeed() {
        click("feed-create");
        return waitUntil("waiting for the calendar address", d -> {
            var field = d.findElements(By.cssSelector("#feed-url input"));
            return field.isEmpty() ? null : field.getFirst().getDomProperty("value");
        });
    }

    public String cardText(long sessionId) {
        return text(visible(By.id("agenda-" + sessionId)));
    }

    /** The upcoming dates: enrolment windows and quiz closings. */
    public String datesText() {
        return text(visible(By.id("agenda-dates")));
    }

    public AgendaPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        return new AgendaPage(browser);
    }
}
