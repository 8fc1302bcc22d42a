package org.paralelo.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.paralelo.support.BrowserTest;

/** The admin's home, admin/inicio: cards saying what needs attention, each linking to where it is dealt with. */
public class AdminHomePage extends Page {

    AdminHomePage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the admin home", d -> path().equals("/admin/inicio"));
        visible(By.id("attention-grading"));
        browser.waitForVaadin();
    }

    /** The cards' headings, in order. */
    public List<String> cardTitles() {
        return texts(By.cssSelector(".attention-card h2"));
    }

    /** The text of one card, e.g. {@code attention-sign-ups}. */
    public String card(String id) {
        return text(visible(By.id(id)));
    }

    /** Opens the Network's categories through the Network card's first link. */
    public NetworkAdminPage networkCategories() {
        click(visible(By.cssSelector("#attention-network a[href='admin/red/categorias']")));
        return new NetworkAdminPage(browser, "/admin/red/categorias", "category-list");
    }

    /** Opens the people screen through the sign-ups card's link. */
    public PeopleAdminPage people() {
        click(visible(By.cssSelector("#attention-sign-ups a")));
        return new PeopleAdminPage(browser);
    }
}
