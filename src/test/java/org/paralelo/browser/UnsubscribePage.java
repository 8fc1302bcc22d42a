package org.paralelo.browser;

import org.openqa.selenium.By;
import org.paralelo.support.BrowserTest;

/** The page a mail's one-click unsubscribe link opens, signed in or not. */
public class UnsubscribePage extends Page {

    UnsubscribePage(BrowserTest browser) {
        super(browser);
        visible(By.tagName("h1"));
        browser.waitForVaadin();
    }

    /** Opens the link from the mail on this application (whatever host the mail names). */
    public static UnsubscribePage openMailedLink(BrowserTest browser, String link) {
        browser.open(link.substring(link.indexOf("/correo/baja/")));
        return new UnsubscribePage(browser);
    }

    public String outcome() {
        return text(visible(By.id("outcome")));
    }

    public UnsubscribePage inLanguage(String label, String heading) {
        switchLanguage(label, heading);
        return new UnsubscribePage(browser);
    }
}
