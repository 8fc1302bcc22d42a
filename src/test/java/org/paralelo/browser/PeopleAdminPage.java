package org.paralelo.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/** The admin's home, admin/personas: the people grid, its search and "Nueva persona". */
public class PeopleAdminPage extends Page {

    private static final By GRID = By.id("people-grid");

    PeopleAdminPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the people admin screen", d -> path().equals("/admin/personas"));
        visible(GRID);
        browser.waitForVaadin();
    }

    public NewPersonDialogPage openNewPersonDialog() {
        click("new-person");
        return new NewPersonDialogPage(browser);
    }

    /** Types into the grid's search box and waits for the grid to show the results. */
    public PeopleAdminPage search(String text) {
        WebElement input = visible(By.cssSelector(".toolbar vaadin-text-field")).findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text);
        waitUntil("waiting for the grid to show \"" + text + "\"",
                d -> gridTexts().stream().anyMatch(cell -> cell.contains(text)));
        browser.waitForVaadin();
        return this;
    }

    /** The texts of the grid's rendered cells (Vaadin renders cell content into the grid's light DOM). */
    public List<String> gridTexts() {
        return visible(GRID).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getText().strip()).filter(text -> !text.isEmpty()).toList();
    }

    /** The grid's rendered height in CSS pixels. */
    public int gridHeight() {
        return visible(GRID).getSize().getHeight();
    }
}
