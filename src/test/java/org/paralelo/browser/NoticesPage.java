package org.paralelo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/** The header's notice bell on any screen, and the list of notices it opens. */
public class NoticesPage extends Page {

    private static final By COUNT = By.id("notice-count");

    NoticesPage(BrowserTest browser) {
        super(browser);
    }

    /** The bell of the screen now shown; reading it never touches the page. */
    public static NoticesPage bell(BrowserTest browser) {
        return new NoticesPage(browser);
    }

    /** The unread count the bell shows ("" when none), as the browser has it now. */
    public String unreadCount() {
        return driver().findElements(COUNT).stream().findFirst().map(Page::text).orElse("");
    }

    /**
     * Waits, doing nothing on the page, until the bell shows this count: only a message pushed by the server can
     * change it.
     */
    public NoticesPage awaitUnreadCount(String expected) {
        waitUntil("waiting for the bell to show " + expected + " unread without any action on the page",
                d -> expected.equals(unreadCount()));
        return this;
    }

    public NoticesPage openList() {
        WebElement old = visible(By.tagName("h1"));
        click("notice-bell");
        waitForReplacement(old, "the list of notices");
        visible(By.id("notices-grid"));
        return this;
    }

    /** The headline of the first (newest) notice in the list. */
    public String firstHeadline() {
        return text(visible(By.cssSelector("#notices-grid .notice-headline")));
    }

    /** Opens the newest notice: its thread's page. */
    public SpacePage openFirst() {
        WebElement old = visible(By.tagName("h1"));
        click(visible(By.cssSelector("#notices-grid .notice-card")));
        waitForReplacement(old, "the page the notice links to");
        return new SpacePage(browser);
    }
}
