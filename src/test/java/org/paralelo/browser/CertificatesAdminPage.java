package org.paralelo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/** certificados: an admin finds a certificate and revokes it after confirming. */
public class CertificatesAdminPage extends Page {

    private static final By REVOKE = By.cssSelector("#certificates vaadin-button.revoke");

    CertificatesAdminPage(BrowserTest browser) {
        super(browser);
        visible(By.id("certificates"));
        browser.waitForVaadin();
    }

    public static CertificatesAdminPage open(BrowserTest browser) {
        browser.open("certificados");
        return new CertificatesAdminPage(browser);
    }

    public CertificatesAdminPage find(String code) {
        // The list shows every certificate at first; the search narrows it to this one after a short delay and
        // replaces the rows, so the old row's button must be gone before the new one is clicked.
        WebElement before = visible(REVOKE);
        type("certificate-search", code);
        waitForReplacement(before, "waiting for the search to refresh the list");
        waitUntil("waiting for the certificate " + code + " alone in the list", d -> gridText().contains(code)
                && d.findElements(REVOKE).stream().filter(this::rendered).count() == 1);
        browser.waitForVaadin();
        return this;
    }

    public CertificatesAdminPage revokeTheOneShown() {
        click(visible(REVOKE));
        click(visible(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")));
        waitUntil("waiting for the certificate to show as revoked", d -> gridText().contains("Certificado revocado"));
        return this;
    }

    public String gridText() {
        return String.join(" ", texts(By.cssSelector("#certificates vaadin-grid-cell-content")));
    }
}
