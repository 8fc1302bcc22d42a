package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paralelo.people.AccountService;
import org.paralelo.people.NewAccount;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileData;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.MailServer;
import org.paralelo.support.People;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/** Small helpers the mail tests share: people with a language, waiting for the listener, links in mails. */
final class MailFixture {

    private MailFixture() {
    }

    record Someone(PersonId id, String username, String email) {
    }

    static Someone learner(AccountService accounts, String prefix, String language) {
        String username = People.uniqueUsername(prefix);
        ProfileData spanish = People.profile(username);
        ProfileData profile = new ProfileData(spanish.fullName(), spanish.email(), language, spanish.stateCode(),
                spanish.municipality(), null, spanish.positionCode(), spanish.creativeFieldCodes());
        PersonId id = As.admin(() -> accounts.create(
                new NewAccount(username, People.PASSWORD, Set.of(Role.LEARNER), profile)));
        return new Someone(id, username, profile.email());
    }

    /** Listeners run after commit on another thread: wait for what they do, up to ten seconds. */
    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until every account-mail event has reached its listener (the registry deletes completed ones). */
    static void settle(JdbcTemplate jdbc) {
        await("account-mail listeners to finish", () -> jdbc.queryForObject("""
                select count(*) from EVENT_PUBLICATION where completion_date is null
                and (event_type like '%PasswordResetRequested' or event_type like '%ActivationLinksCreated')""",
                Long.class) == 0);
    }

    static List<MimeMessage> received(String email, int count) {
        List<MimeMessage> messages = MailServer.awaitReceived(email, count, Duration.ofSeconds(10));
        assertThat(messages).as("mails received by " + email).hasSize(count);
        return messages;
    }

    /** The token of the first link to {@code path} in the plain-text part. */
    static String token(MimeMessage mail, String path) {
        Matcher link = Pattern.compile("https?://\\S+/" + Pattern.quote(path) + "([A-Za-z0-9_-]{43})")
                .matcher(MailServer.part(mail, "text/plain"));
        assertThat(link.find()).as("a link to " + path + " in the mail").isTrue();
        return link.group(1);
    }

    static boolean signsIn(AuthenticationManager authentication, String username, String password) {
        try {
            return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                    .isAuthenticated();
        } catch (AuthenticationException refused) {
            return false;
        }
    }
}
