package org.paralelo.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/** The shared resources' screens (library, form, resource page, moderation queue, search results). */
public class ResourcePage extends SpacePage {

    ResourcePage(BrowserTest browser) {
        super(browser);
    }

    public static ResourcePage open(BrowserTest browser, String path) {
        browser.open(path);
        return new ResourcePage(browser);
    }

    /** Fills the form as a written experience and sends it; returns the resource's page. */
    public ResourcePage submitExperience(String title, String summary, String topics, String text) {
        write("resource-title-field", title);
        write("resource-summary-field", summary);
        write("resource-topics", topics);
        write("resource-experience-field", text);
        WebElement old = visible(By.tagName("h1"));
        click("save-resource");
        waitForReplacement(old, "the resource's page");
        return new ResourcePage(browser);
    }

    public ResourcePage approve(long resourceId) {
        click("approve-" + resourceId);
        browser.waitForVaadin();
        return this;
    }

    /** Whether the library's filter row is shown (on a phone it folds behind the "Filtros" toggle). */
    public boolean filtersShowing() {
        return rendered(driver().findElement(By.id("resource-filters-row")));
    }

    /** Clicks the phone's "Filtros" toggle and waits for the filter row to show. */
    public ResourcePage openFilters() {
        click("resource-filters-toggle");
        browser.waitForVaadin();
        waitUntil("the library's filters to unfold", d -> filtersShowing());
        browser.waitForRendering();
        return this;
    }

    public boolean has(String id) {
        return !driver().findElements(By.id(id)).isEmpty();
    }

    public List<String> linkTexts() {
        return texts(By.cssSelector("a"));
    }

    @Override
    public ResourcePage inLanguage(String label, String heading) {
        switchLanguage(label, heading);
        return new ResourcePage(browser);
    }
}
