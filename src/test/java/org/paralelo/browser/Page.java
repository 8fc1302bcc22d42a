package org.paralelo.browser;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paralelo.support.BrowserTest;

/**
 * What every page object shares: the browser, waits, typing into Vaadin fields, notifications and the header's
 * sign-out. The only wait for the server is {@link BrowserTest#waitForVaadin()}; there are no sleeps.
 */
abstract class Page {

    private static final By NOTIFICATION = By.tagName("vaadin-notification-card");

    protected final BrowserTest browser;

    Page(BrowserTest browser) {
        this.browser = browser;
    }

    protected WebDriver driver() {
        return browser.driver();
    }

    protected <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver(), BrowserTest.TIMEOUT, BrowserTest.POLL)
                .withMessage(what + " (at " + driver().getCurrentUrl() + ")")
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /**
     * The first element found that the browser renders. Not Selenium's "displayed": that check walks the light
     * DOM and calls everything scrolled out of the app layout's (shadow DOM) content area hidden, and getText()
     * then returns "" for it; {@code checkVisibility()} asks the browser itself.
     */
    protected WebElement visible(By locator) {
        return waitUntil("waiting for " + locator + " to be visible",
                d -> d.findElements(locator).stream().filter(this::rendered).findFirst().orElse(null));
    }

    /**
     * The hidden {@code <input type=file>} of a vaadin-upload, which uploads a path sent to it at once: in the
     * upload's shadow DOM (the light DOM is searched first in case a later version moves it).
     */
    protected WebElement fileInput(String uploadId) {
        WebElement upload = visible(By.id(uploadId));
        List<WebElement> inLightDom = upload.findElements(By.cssSelector("input[type=file]"));
        return inLightDom.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inLightDom.getFirst();
    }

    protected boolean rendered(WebElement element) {
        return Boolean.TRUE.equals(script("return arguments[0].checkVisibility({visibilityProperty: true})",
                element));
    }

    /** An element's text with whitespace collapsed, whether or not it is scrolled into view. */
    protected static String text(WebElement element) {
        String content = element.getDomProperty("textContent");
        return content == null ? "" : content.replaceAll("\\s+", " ").strip();
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
        click(visible(By.id(id)));
    }

    /** Clicks an element and waits for the round trip to the server it starts. */
    protected void click(WebElement element) {
        // Into the middle of the view: sticky bars and toasts at the edges must not be in the way.
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        waitUntil("waiting for " + element + " to be clickable", ExpectedConditions.elementToBeClickable(element))
                .click();
        browser.waitForVaadin();
    }

    /** The rendered element among those found whose text is exactly {@code text}, once there is one. */
    protected WebElement elementWithText(By locator, String text) {
        return waitUntil("waiting for " + locator + " with the text \"" + text + "\"",
                d -> d.findElements(locator).stream().filter(e -> text(e).equals(text)).filter(this::rendered)
                        .findFirst().orElse(null));
    }

    /**
     * Waits until the server has replaced the part of the page that held {@code old} (views rebuild themselves
     * after a change), then for Vaadin to finish.
     */
    protected void waitForReplacement(WebElement old, String what) {
        waitUntil(what, ExpectedConditions.stalenessOf(old));
        browser.waitForVaadin();
    }

    protected Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(script, arguments);
    }

    /**
     * Fetches an address from this page with the signed-in person's session cookie, past the browser's cache (the
     * same profile may hold another person's copy), and returns "status content-type content-disposition", e.g.
     * {@code "404 null null"}. Redirects are not followed: a redirect to the login page is no download.
     */
    public String fetch(String url) {
        return (String) ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {cache: 'no-store', redirect: 'manual'})
                    .then(r => done(r.status + ' ' + r.headers.get('content-type') + ' '
                        + r.headers.get('content-disposition')))
                    .catch(e => done('failed: ' + e));
                """, url);
    }

    /** Downloads a link's file with the signed-in session and returns its text as UTF-8 (BOM included). */
    protected String downloadText(String linkId) {
        String href = visible(By.id(linkId)).getAttribute("href");
        return (String) ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {cache: 'no-store'})
                    .then(r => r.arrayBuffer())
                    .then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)))
                    .catch(e => done('failed: ' + e));
                """, href);
    }

    /** Downloads an address with the signed-in session, past the browser's cache, and returns its bytes. */
    protected byte[] downloadBytes(String href) {
        String base64 = (String) ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {cache: 'no-store'})
                    .then(r => r.ok ? r.blob() : Promise.reject(r.status))
                    .then(b => { const reader = new FileReader();
                        reader.onload = () => done(reader.result.split(',')[1]);
                        reader.readAsDataURL(b); })
                    .catch(e => done('failed: ' + e));
                """, href);
        if (base64.startsWith("failed: ")) {
            throw new AssertionError("download of " + href + " " + base64);
        }
        return Base64.getDecoder().decode(base64);
    }

    /** An {@code <img>}'s natural width once the browser has finished loading it: 0 when it could not be shown. */
    protected long loadedWidth(WebElement image) {
        return ((Number) waitUntil("waiting for the picture " + image.getDomAttribute("src") + " to load",
                d -> script("return arguments[0].complete ? arguments[0].naturalWidth : null", image))).longValue();
    }

    /** The natural width of a vaadin-avatar's picture (in its shadow DOM) once loaded; it has none with initials. */
    protected long avatarWidth(WebElement avatar) {
        return ((Number) waitUntil("waiting for the avatar's picture to load", d -> script("""
                const img = arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('img');
                return img && !img.hidden && img.getAttribute('src') && img.complete ? img.naturalWidth : null;
                """, avatar))).longValue();
    }

    /** The path of the current address, without query: Spring Security may add {@code ?continue}. */
    protected String path() {
        return URI.create(driver().getCurrentUrl()).getPath();
    }

    /** The text of the page's main heading. */
    public String heading() {
        return text(visible(By.tagName("h1")));
    }

    protected List<String> texts(By locator) {
        return driver().findElements(locator).stream().map(Page::text).toList();
    }

    /**
     * The texts of the notifications on screen, once one shows the expected text (or all of them when none does
     * within the timeout, so the assertion can say what was there instead).
     */
    public List<String> notificationsShowing(String expected) {
        try {
            return waitUntil("waiting for a notification \"" + expected + "\"", d -> {
                List<String> shown = texts(NOTIFICATION);
                return shown.contains(expected) ? shown : null;
            });
        } catch (TimeoutException none) {
            return texts(NOTIFICATION);
        }
    }

    /**
     * Runs an action and waits for a notification with the expected text that was not on screen before, so that
     * the toast of an earlier, identical action cannot pass for this one.
     */
    protected void expectNewNotification(String expected, Runnable action) {
        List<WebElement> before = driver().findElements(NOTIFICATION);
        action.run();
        waitUntil("waiting for a new notification \"" + expected + "\"; on screen: " + texts(NOTIFICATION),
                d -> d.findElements(NOTIFICATION).stream()
                        .anyMatch(card -> !before.contains(card) && text(card).equals(expected)));
    }

    /** Waits until every toast has closed by itself, e.g. before a screenshot. */
    public void waitForNotificationsToClose() {
        waitUntil("waiting for the notifications to close", d -> d.findElements(NOTIFICATION).isEmpty());
    }

    /** Signs out with the header's button; every signed-in screen has it. */
    /** Whether the header's sign-out button is drawn wholly inside the viewport (not clipped by the header). */
    public boolean signOutFitsTheScreen() {
        return Boolean.TRUE.equals(script("""
                const box = document.getElementById('sign-out').getBoundingClientRect();
                return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth;
                """));
    }

    public LoginPage signOut() {
        click("sign-out");
        return new LoginPage(browser);
    }

    /** Picks a language in the page's switcher and waits for the page to reload with that heading. */
    protected void switchLanguage(String languageLabel, String expectedHeading) {
        WebElement oldHeading = visible(By.tagName("h1"));
        visible(By.id("language-switcher")).click();
        WebElement item = waitUntil("waiting for the language option " + languageLabel,
                d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                        .filter(WebElement::isDisplayed)
                        .filter(option -> option.getText().strip().equals(languageLabel))
                        .findFirst().orElse(null));
        item.click();
        waitUntil("waiting for the page to reload with the heading \"" + expectedHeading + "\"",
                d -> {
                    List<WebElement> headings = d.findElements(By.tagName("h1"));
                    return !headings.isEmpty() && !headings.getFirst().equals(oldHeading)
                            && headings.getFirst().getText().strip().equals(expectedHeading);
                });
    }
}
