package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.paralelo.people.AccountService;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** The mail preferences page with the Network's three choices per kind, at desktop width and 360 px, es and en. */
class MailPreferencesScreenTest extends BrowserTest {

    @Autowired AccountService accounts;

    @Test
    void the_preferences_page_shows_each_network_kind_with_its_three_choices_in_both_languages() {
        for (String language : new String[] {"es-MX", "en"}) {
            restartBrowser();
            LoginPage.open(this).signInAsLearner(learner(language), People.PASSWORD);
            open("correo/preferencias");
            WebElement replies = driver().findElement(By.id("kind-COMMUNITY_REPLY"));
            assertThat(replies.findElements(By.tagName("vaadin-radio-button"))).hasSize(3);
            assertThat(horizontalOverflow()).isZero();
            screenshotsAtBothWidths("mail-preferences-" + language);
            setWidth(PHONE_WIDTH);
            assertThat(horizontalOverflow()).as("no sideways scrolling on a phone").isZero();
            setWidth(DESKTOP_WIDTH);
        }
    }

    private String learner(String language) {
        return People.learnerSpeaking(accounts, "correos", language);
    }
}
