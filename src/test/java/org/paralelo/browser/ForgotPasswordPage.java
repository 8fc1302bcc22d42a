package org.paralelo.browser;

import org.openqa.selenium.By;
import org.paralelo.support.BrowserTest;

/** contrasena/olvide: asks for the e-mail address of a forgotten password. */
public class ForgotPasswordPage extends Page {

    ForgotPasswordPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the forgotten password page", d -> path().equals("/contrasena/olvide"));
        visible(By.id("email"));
        browser.waitForVaadin();
    }

    /** From the login page's link, as a person would get there. */
    public static ForgotPasswordPage fromLogin(LoginPage login) {
        login.click("forgot-link");
        return new ForgotPasswordPage(login.browser);
    }

    public ForgotPasswordPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        return new ForgotPasswordPage(browser);
    }

    /** Sends the request; returns the answer shown instead of the form. */
    public String requestLinkFor(String email) {
        type("email", email);
        click("send");
        return text(visible(By.id("sent")));
    }
}
