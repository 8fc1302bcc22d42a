package org.paralelo.browser;

import org.openqa.selenium.By;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.support.BrowserTest;

/** asistencia: where a participant checks in with the session's code, as a scanned QR opens it. */
public class CheckInPage extends Page {

    CheckInPage(BrowserTest browser) {
        super(browser);
        visible(By.id("check-in-input"));
        browser.waitForVaadin();
    }

    public static CheckInPage openScanned(BrowserTest browser, String code) {
        browser.open(ProgrammePaths.checkIn() + "?codigo=" + code);
        return new CheckInPage(browser);
    }

    public String checkIn() {
        click("check-in-send");
        return waitUntil("waiting for the check-in answer", d -> {
            String answer = text(d.findElement(By.id("check-in-outcome")));
            return answer.isEmpty() ? null : answer;
        });
    }

    public CheckInPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        return new CheckInPage(browser);
    }
}
