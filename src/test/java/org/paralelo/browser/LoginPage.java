package org.paralelo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/** /login: the server-rendered sign-in page (no Vaadin client on it), a plain form posting to Spring Security. */
public class LoginPage extends Page {

    private static final By FORM = By.cssSelector("form.sign-in-form");
    private static final By TITLE = By.cssSelector("main.sign-in h1");

    LoginPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the login page", d -> path().equals("/login"));
        visible(FORM);
    }

    public static LoginPage open(BrowserTest browser) {
        browser.open("login");
        return new LoginPage(browser);
    }

    /** Signs in and waits for the first page after the login page, whichever it is. */
    public void signIn(String username, String password) {
        submit(username, password);
    }

    /** Signs in as an admin, who lands on the admin home, and goes on to the people screen. */
    public PeopleAdminPage signInAsAdmin(String username, String password) {
        return signInToAdminHome(username, password).people();
    }

    public AdminHomePage signInToAdminHome(String username, String password) {
        submit(username, password);
        return new AdminHomePage(browser);
    }

    public HomePage signInAsLearner(String username, String password) {
        submit(username, password);
        return new HomePage(browser);
    }

    public TeachingPage signInAsTrainer(String username, String password) {
        submit(username, password);
        return new TeachingPage(browser);
    }

    /** The sign-in page's heading, e.g. "Inicia sesión". */
    public String formTitle() {
        return visible(TITLE).getText();
    }

    /** Reloads the page in the language of the link with this label, e.g. "English". */
    public LoginPage inLanguage(String label) {
        WebElement link = visible(By.linkText(label));
        String language = link.getAttribute("hreflang");
        link.click();
        waitUntil("waiting for the sign-in page in " + label,
                d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        return new LoginPage(browser);
    }

    /** Signs in with details that are refused; the page comes back with its error. */
    public LoginPage failSignIn(String username, String password) {
        fill(username, password);
        visible(By.id("sign-in-error"));
        return new LoginPage(browser);
    }

    /** The error or notice shown above the form, by id ({@code sign-in-error}, {@code sign-in-notice}). */
    public String message(String id) {
        return visible(By.id(id)).getText();
    }

    /** The id of the element that has the keyboard focus. */
    public String focusedId() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.activeElement && document.activeElement.id"));
    }

    private void fill(String username, String password) {
        WebElement form = visible(FORM);
        WebElement user = form.findElement(By.cssSelector("input[name=username]"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = form.findElement(By.cssSelector("input[name=password]"));
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
    }

    private void submit(String username, String password) {
        fill(username, password);
        // A real form post: the browser leaves /login once Spring Security accepts the details.
        waitUntil("waiting to leave the login page after signing in as " + username,
                d -> !path().equals("/login"));
        browser.waitForVaadin();
    }
}
