package org.paralelo.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/** /informes: the programme dashboard, its place tables (links one level down) and its downloads. */
public class DashboardPage extends Page {

    DashboardPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the dashboard", d -> path().equals("/informes"));
        visible(By.id("places-table"));
        browser.waitForVaadin();
    }

    /** Signs in on the login page and opens the dashboard. */
    public static DashboardPage signInAndOpen(BrowserTest browser, String username, String password) {
        LoginPage.open(browser).signIn(username, password);
        browser.open("informes");
        return new DashboardPage(browser);
    }

    /** The linked names in the place table (regions, states or municipalities), in table order. */
    public List<String> places() {
        browser.waitForVaadin();
        return texts(By.cssSelector("#places-table a.drill-link")).stream().filter(t -> !t.isBlank()).toList();
    }

    /** Follows the link of a place in the table (or in the chart) one level down. */
    public DashboardPage drillInto(String name) {
        WebElement link = elementWithText(By.cssSelector("#places-table a.drill-link"), name);
        String before = driver().getCurrentUrl();
        click(link);
        waitUntil("waiting to leave " + before, d -> !d.getCurrentUrl().equals(before));
        return new DashboardPage(browser);
    }

    public String breadcrumb() {
        return text(visible(By.id("report-breadcrumb")));
    }

    public DashboardPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        return new DashboardPage(browser);
    }

    /** Downloads an export link's file with the signed-in session and returns its text (BOM included). */
    public String download(String linkId) {
        String href = visible(By.id(linkId)).getAttribute("href");
        return (String) ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {cache: 'no-store'})
                    .then(r => r.arrayBuffer())
                    .then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)))
                    .catch(e => done('failed: ' + e));
                """, href);
    }

    /** Scrolls a chart (by its figure id, e.g. {@code chart-map}) to the top of the screen. */
    public DashboardPage scrollTo(String id) {
        script("document.getElementById(arguments[0]).scrollIntoView()", id);
        browser.waitForRendering();
        return this;
    }

    /** The charts' accessible names (their SVG titles). */
    public List<String> chartTitles() {
        return driver().findElements(By.cssSelector("#report-charts svg > title")).stream()
                .map(t -> t.getAttribute("textContent").strip()).toList();
    }

    /** Downloads a link's file with the signed-in session and returns its bytes (for PDF and XLSX). */
    public byte[] downloadBytes(String linkId) {
        String href = visible(By.id(linkId)).getAttribute("href");
        String base64 = (String) ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {cache: 'no-store'})
                    .then(r => r.blob())
                    .then(b => { const reader = new FileReader();
                                 reader.onload = () => done(reader.result.substring(reader.result.indexOf(',') + 1));
                                 reader.readAsDataURL(b); })
                    .catch(e => done('failed: ' + e));
                """, href);
        return java.util.Base64.getDecoder().decode(base64);
    }
}
