package org.paralelo.browser;

import org.openqa.selenium.By;
import org.paralelo.support.BrowserTest;

/** informes/metas: the admin's programme targets, one number field per audience and region. */
public class TargetsPage extends Page {

    TargetsPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the targets screen", d -> path().equals("/informes/metas"));
        visible(By.id("targets-form"));
        browser.waitForVaadin();
    }

    /** Opens the screen for whoever is signed in. */
    public static TargetsPage open(BrowserTest browser) {
        browser.open("informes/metas");
        return new TargetsPage(browser);
    }

    /** How many target fields the form shows. */
    public int fields() {
        return driver().findElements(By.cssSelector("#targets-form vaadin-integer-field")).size();
    }

    public TargetsPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        return new TargetsPage(browser);
    }
}
