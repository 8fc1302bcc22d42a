package org.paralelo.browser;

import org.openqa.selenium.By;
import org.paralelo.support.BrowserTest;

/** contrasena/nueva/{token}: where the mailed link leads; a new password typed twice. */
public class NewPasswordPage extends Page {

    NewPasswordPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the new password page", d -> path().startsWith("/contrasena/nueva/"));
        visible(By.id("password"));
        browser.waitForVaadin();
    }

    /** Opens the path of a mailed link on the application under test (the mail names the public address). */
    public static NewPasswordPage openMailedLink(BrowserTest browser, String link) {
        browser.open(link.substring(link.indexOf("/contrasena/nueva/")));
        return new NewPasswordPage(browser);
    }

    public String heading() {
        return text(visible(By.tagName("h1")));
    }

    public LoginPage choose(String password) {
        type("password", password);
        type("repeat", password);
        click("save");
        return new LoginPage(browser);
    }
}
