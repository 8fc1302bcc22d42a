package org.paralelo.browser;

import org.paralelo.support.BrowserTest;

/** /registro: self-registration, which leads back to the sign-in page. */
public class RegisterPage extends Page {

    RegisterPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the registration page", d -> path().equals("/registro"));
        browser.waitForVaadin();
    }

    public static RegisterPage open(BrowserTest browser) {
        browser.open("registro");
        return new RegisterPage(browser);
    }

    public RegisterPage fill(String username, String password, String fullName, String email) {
        type("username", username);
        type("password", password);
        type("full-name", fullName);
        type("email", email);
        return this;
    }

    /** Registers; the new account is signed in at once and lands on its home, no second password entry. */
    public HomePage register() {
        click("register");
        return new HomePage(browser);
    }
}
