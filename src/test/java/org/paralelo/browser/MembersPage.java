package org.paralelo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.paralelo.community.NetworkPaths;
import org.paralelo.support.BrowserTest;

/** The member directory ("Miembros de la Red"): the search box and the members' cards in its grid. */
public class MembersPage extends Page {

    MembersPage(BrowserTest browser) {
        super(browser);
        visible(By.id("members-grid"));
        browser.waitForVaadin();
    }

    public static MembersPage open(BrowserTest browser) {
        browser.open(NetworkPaths.DIRECTORY);
        return new MembersPage(browser);
    }

    public MembersPage search(String text) {
        type("members-text", text);
        browser.waitForVaadin();
        return this;
    }

    /** The natural width of the avatar picture on the card of the member with this name, once loaded. */
    public long avatarWidthOnCard(String fullName) {
        WebElement card = elementWithText(By.cssSelector(".member-card .member-name"), fullName)
                .findElement(By.xpath(".."));
        // In view for the screenshot that follows: on a phone the filters fill the first screen.
        script("arguments[0].scrollIntoView({block: 'center'})", card);
        return avatarWidth(card.findElement(By.cssSelector("vaadin-avatar")));
    }
}
