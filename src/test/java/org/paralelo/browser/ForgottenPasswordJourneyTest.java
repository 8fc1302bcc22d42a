package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.MailServer;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A learner who forgot their password follows the login page's link, asks for a link, receives it by mail (a real
 * SMTP server in the test), chooses a new password and signs in with it; in Spanish and in English, with
 * screenshots at desktop width and 360 px.
 */
@ContextConfiguration(initializers = MailServer.Initializer.class)
@TestPropertySource(properties = "paralelo.mail.poll-interval=1s")
class ForgottenPasswordJourneyTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/contrasena/nueva/[A-Za-z0-9_-]{43}");

    @Autowired
    AccountService accounts;

    @Test
    void a_learner_resets_a_forgotten_password_through_the_mailed_link_in_spanish() {
        String username = learner("es-MX");
        LoginPage login = LoginPage.open(this);
        ForgotPasswordPage forgot = ForgotPasswordPage.fromLogin(login);
        screenshotsAtBothWidths("forgot-password-es");

        String answer = forgot.requestLinkFor(username + "@ejemplo.mx");
        assertThat(answer).startsWith("Si hay una cuenta con la dirección " + username + "@ejemplo.mx");
        screenshotsAtBothWidths("forgot-password-sent-es");

        NewPasswordPage choose = NewPasswordPage.openMailedLink(this, mailedLink(username));
        assertThat(choose.heading()).isEqualTo("Elige una contraseña nueva");
        screenshotsAtBothWidths("new-password-es");

        choose.choose("mi-frase-nueva-2026").signInAsLearner(username, "mi-frase-nueva-2026");
    }

    @Test
    void an_english_speaking_learner_does_the_same_in_english() {
        String username = learner("en");
        ForgotPasswordPage forgot = ForgotPasswordPage.fromLogin(LoginPage.open(this))
                .inLanguage("English", "Forgot your password?");
        screenshotsAtBothWidths("forgot-password-en");

        assertThat(forgot.requestLinkFor(username + "@ejemplo.mx")).startsWith("If an account uses the address");
        screenshotsAtBothWidths("forgot-password-sent-en");

        NewPasswordPage choose = NewPasswordPage.openMailedLink(this, mailedLink(username));
        assertThat(choose.heading()).isEqualTo("Choose a new password");
        screenshotsAtBothWidths("new-password-en");

        choose.choose("my-new-passphrase-2026").signInAsLearner(username, "my-new-passphrase-2026");
    }

    private String learner(String language) {
        return People.learnerSpeaking(accounts, "journey", language);
    }

    /** The link in the mail the worker sent, waiting for it like a person checking their inbox. */
    private static String mailedLink(String username) {
        List<MimeMessage> mails = MailServer.awaitReceived(username + "@ejemplo.mx", 1, Duration.ofSeconds(30));
        assertThat(mails).as("the reset mail").hasSize(1);
        Matcher link = LINK.matcher(MailServer.part(mails.getFirst(), "text/plain"));
        assertThat(link.find()).isTrue();
        return link.group();
    }
}
