package org.paralelo.browser;

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
        click(visible(By.id("new-thread")).findElement(By.cssSelector("vaadin-details-summary")));
        write("new-thread-title", title);
        write("new-thread-body", body);
        WebElement old = visible(By.tagName("h1"));
        click("open-thread");
        waitForReplacement(old, "the thread's page");
        return new SpacePage(browser);
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
