package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paralelo.support.BrowserTest;

/**
 * The sign-in page served without Vaadin's client, in a real browser: a visitor asking for an admin page lands on
 * it with the focus in the first field, sees the generic error after a wrong password, switches to English, and
 * after signing in reaches the page first asked for. Screenshots at desktop and 360 px in both languages.
 */
class SignInPageJourneyTest extends BrowserTest {

    @Test
    void a_visitor_is_sent_to_the_light_sign_in_page_and_after_signing_in_reaches_the_page_they_asked_for() {
        driver().get(url("admin/personas"));
        LoginPage login = new LoginPage(this);
        assertThat(login.formTitle()).isEqualTo("Inicia sesión");
        assertThat(login.focusedId()).as("focus on the first field").isEqualTo("username");
        screenshotsAtBothWidths("sign-in-es");

        login = login.failSignIn("admin", "no-es-la-contrasena");
        assertThat(login.message("sign-in-error")).startsWith("No pudimos iniciar tu sesión");
        screenshotsAtBothWidths("sign-in-error-es");

        login = login.inLanguage("English");
        assertThat(login.formTitle()).isEqualTo("Sign in");
        screenshotsAtBothWidths("sign-in-en");
        login = login.failSignIn("admin", "not-the-password");
        assertThat(login.message("sign-in-error")).startsWith("We could not sign you in");
        screenshotsAtBothWidths("sign-in-error-en");

        login.signIn("admin", "admin-test-password-1");
        PeopleAdminPage people = new PeopleAdminPage(this);
        assertThat(people.path()).as("the page asked for before signing in").isEqualTo("/admin/personas");
    }
}
