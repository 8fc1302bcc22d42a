package org.paralelo.browser;

import org.openqa.selenium.By;
import org.paralelo.support.BrowserTest;

/** verify/:code, the public certificate check. */
public class VerifyPage extends Page {

    VerifyPage(BrowserTest browser) {
        super(browser);
        visible(By.id("verify-verdict"));
        browser.waitForVaadin();
    }

    public static VerifyPage open(BrowserTest browser, String code) {
        browser.open("verify/" + code);
        return new VerifyPage(browser);
    }

    public String verdict() {
        return text(visible(By.id("verify-verdict")));
    }

    /** Name, course and date as the page shows them. */
    public String details() {
        return String.join(" | ", texts(By.cssSelector("#verify-name, #verify-course, #verify-date")));
    }
}
