package org.paralelo.browser;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paralelo.support.BrowserTest;

/** What every page object shares: the browser, waits, and typing into Vaadin fields. */
abstract class Page {

    protected final BrowserTest browser;

    Page(BrowserTest browser) {
        this.browser = browser;
    }

    protected WebDriver driver() {
        return browser.driver();
    }

    protected <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver(), BrowserTest.TIMEOUT)
                .withMessage(what + " (at " + driver().getCurrentUrl() + ")")
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    protected WebElement visible(By locator) {
        return waitUntil("waiting for " + locator + " to be visible",
                ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Types into a Vaadin text, password or e-mail field found by id. Vaadin 25 slots a light-DOM {@code <input>}
     * into the component; Tab afterwards blurs it so the value reaches the server before the next click.
     */
    protected void type(String fieldId, String text) {
        WebElement input = visible(By.id(fieldId)).findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    protected void click(String id) {
        waitUntil("waiting for #" + id + " to be clickable", ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
        browser.waitForVaadin();
    }

    /** The path of the current address, without query: Spring Security may add {@code ?continue}. */
    protected String path() {
        return URI.create(driver().getCurrentUrl()).getPath();
    }

    /** The text of the page's main heading. */
    public String heading() {
        return visible(By.tagName("h1")).getText().strip();
    }

    protected List<String> texts(By locator) {
        return driver().findElements(locator).stream().map(e -> e.getText().strip()).toList();
    }
}
