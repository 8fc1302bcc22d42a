package org.paralelo.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.paralelo.community.NetworkPaths;
import org.paralelo.support.BrowserTest;

/** "Mi perfil en la Red": publishing the profile and the avatar's upload. */
public class NetworkProfilePage extends Page {

    NetworkProfilePage(BrowserTest browser) {
        super(browser);
        visible(By.id("network-avatar"));
        browser.waitForVaadin();
    }

    public static NetworkProfilePage open(BrowserTest browser) {
        browser.open(NetworkPaths.MY_PROFILE);
        return new NetworkProfilePage(browser);
    }

    /** Ticks "visible to other members" and saves, waiting for the confirmation. */
    public NetworkProfilePage publish(String savedMessage) {
        click("network-published");
        expectNewNotification(savedMessage, () -> click("save-network-profile"));
        return this;
    }

    /** Uploads a picture as the avatar and waits for the confirmation and the avatar's remove button. */
    public NetworkProfilePage uploadAvatar(Path picture, String savedMessage) {
        expectNewNotification(savedMessage,
                () -> fileInput("network-avatar-upload").sendKeys(picture.toAbsolutePath().toString()));
        visible(By.id("network-avatar-remove"));
        browser.waitForVaadin();
        return this;
    }

    /** The natural width of the avatar shown on the page, once loaded. */
    public long avatarWidth() {
        return avatarWidth(visible(By.id("network-avatar-image")));
    }

    public NetworkProfilePage inLanguage(String label, String heading) {
        switchLanguage(label, heading);
        return new NetworkProfilePage(browser);
    }
}
