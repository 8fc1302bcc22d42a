package org.paralelo.browser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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

    /** The month view's title ("Marzo 2037"), read out politely when the month turns. */
    public String monthTitle() {
        return text(visible(By.id("agenda-month-title")));
    }

    /** The note saying the month view opened at what comes next, once it shows. */
    public String monthNote() {
        return text(visible(By.id("agenda-month-note")));
    }

    /** Whether the note on the opening month shows (it goes once the month is turned). */
    public boolean monthNoteShows() {
        return driver().findElements(By.id("agenda-month-note")).stream().anyMatch(this::rendered);
    }

    /** One day's cell in the month view: its number and what falls on it. */
    public String dayText(LocalDate day) {
        return text(visible(By.id("agenda-day-" + day)));
    }

    /** Whether the month view shows this day at all (only the shown month's days are cells). */
    public boolean dayShows(LocalDate day) {
        return driver().findElements(By.id("agenda-day-" + day)).stream().anyMatch(this::rendered);
    }

    /** Turns the month with the view's own button, waiting for the new title; the page stays (no reload). */
    public AgendaPage turnMonth(boolean forward) {
        WebElement title = visible(By.id("agenda-month-title"));
        String before = text(title);
        click(forward ? "agenda-month-next" : "agenda-month-previous");
        waitUntil("waiting for the month after " + before, d -> text(title).equals(before) ? null : true);
        return this;
    }

    /** The accessible name of a session's calendar link in the month view. */
    public String monthCalendarName(long sessionId) {
        return visible(By.id("ics-month-" + sessionId)).getDomAttribute("aria-label");
    }

    /** A session's .ics file through its link in the month view, fetched with the browser's session. */
    public CalendarFile monthCalendar(long sessionId) {
        return calendarFile("ics-month-" + sessionId);
    }

    /** A session's .ics file through its link on the phone's list, fetched with the browser's session. */
    public CalendarFile listCalendar(long sessionId) {
        return calendarFile("ics-session-" + sessionId);
    }

    /** A downloaded calendar file: "status content-type content-disposition" and its exact text (bytes as UTF-8). */
    public record CalendarFile(String response, String text) {
    }

    private CalendarFile calendarFile(String linkId) {
        String href = visible(By.id(linkId)).getDomProperty("href");
        return new CalendarFile(fetch(href), new String(downloadBytes(href), StandardCharsets.UTF_8));
    }

    public AgendaPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        return new AgendaPage(browser);
    }
}
