package org.paralelo.browser;

import org.openqa.selenium.By;
import org.paralelo.support.BrowserTest;

/** The admins' Network screens: categories (admin/red/categorias) and network moderators (admin/red/moderadores). */
public class NetworkAdminPage extends Page {

    NetworkAdminPage(BrowserTest browser, String path, String contentId) {
        super(browser);
        waitUntil("waiting for " + path, d -> path().equals(path));
        visible(By.id(contentId));
        browser.waitForVaadin();
    }

    /** Opens the edit dialog of the first category listed. */
    public NetworkAdminPage editFirstCategory() {
        click(visible(By.cssSelector("#category-list [id^='edit-category-']")));
        visible(By.id("category-dialog"));
        browser.waitForVaadin();
        return this;
    }

    public NetworkAdminPage closeDialog() {
        click("cancel-category");
        browser.waitForVaadin();
        return this;
    }

    /** Opens the moderators' screen by its address (the menu holds it too). */
    public NetworkAdminPage moderators(String search) {
        browser.open("admin/red/moderadores");
        NetworkAdminPage page = new NetworkAdminPage(browser, "/admin/red/moderadores", "moderators");
        type("member-search", search);
        visible(By.cssSelector("#found-members [id^='person-']"));
        browser.waitForVaadin();
        return page;
    }

    /** Switches the interface language and reopens the categories. */
    public NetworkAdminPage inLanguage(String label, String heading) {
        switchLanguage(label, heading);
        return new NetworkAdminPage(browser, path(), "category-list");
    }
}
