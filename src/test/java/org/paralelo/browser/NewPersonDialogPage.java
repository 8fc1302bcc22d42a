package org.paralelo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paralelo.support.BrowserTest;

/** The admin's "Nueva persona" dialog. Roles default to Participante (learner). */
public class NewPersonDialogPage extends Page {

    static final By DIALOG_FIELD = By.id("new-username");

    NewPersonDialogPage(BrowserTest browser) {
        super(browser);
        visible(DIALOG_FIELD);
        browser.waitForVaadin();
    }

    public NewPersonDialogPage fill(String username, String password, String fullName, String email) {
        type("new-username", username);
        type("new-password", password);
        type("full-name", fullName);
        type("email", email);
        browser.waitForVaadin();
        return this;
    }

    /** Clicks "Crear"; the dialog closes when the account was created. */
    public PeopleAdminPage create() {
        click("create-person");
        waitUntil("waiting for the new-person dialog to close",
                ExpectedConditions.invisibilityOfElementLocated(DIALOG_FIELD));
        return new PeopleAdminPage(browser);
    }
}
