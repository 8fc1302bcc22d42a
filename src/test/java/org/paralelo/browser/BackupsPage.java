package org.paralelo.browser;

import org.openqa.selenium.By;
import org.paralelo.support.BrowserTest;

/** The admin's backups, admin/respaldos: "Respaldar ahora", its progress line and the archives. */
public class BackupsPage extends Page {

    private static final By STATE = By.id("backup-state");

    BackupsPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the backups screen", d -> path().equals("/admin/respaldos"));
        visible(By.id("backup-grid"));
        browser.waitForVaadin();
    }

    public static BackupsPage open(BrowserTest browser) {
        browser.open("admin/respaldos");
        return new BackupsPage(browser);
    }

    /** Clicks "Respaldar ahora" and waits until the status line names a finished backup. */
    public BackupsPage backUpNow(String finishedPrefix) {
        String before = text(visible(STATE));
        click("backup-now");
        waitUntil("waiting for the backup to finish", d -> {
            String now = text(visible(STATE));
            return now.startsWith(finishedPrefix) && !now.equals(before) ? now : null;
        });
        browser.waitForVaadin();
        return this;
    }

    public String state() {
        return text(visible(STATE));
    }

    public int archivesListed() {
        return driver().findElements(By.cssSelector("#backup-grid a.backup-file")).size();
    }

    public BackupsPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        browser.waitForVaadin();
        return new BackupsPage(browser);
    }
}
