package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paralelo.notifications.MailFixture.learner;

import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paralelo.base.UserFacingException;
import org.paralelo.notifications.MailFixture.Someone;
import org.paralelo.notifications.domain.OutboxMessage.Status;
import org.paralelo.notifications.domain.OutboxRepository;
import org.paralelo.people.AccountService;
import org.paralelo.people.MailContact;
import org.paralelo.support.As;
import org.paralelo.support.MailServer;
import org.paralelo.support.MailTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Per-person, per-kind preferences and the signed one-click unsubscribe link that needs no sign-in. */
@MailTest
class MailPreferencesTest {

    @Autowired AccountService accounts;
    @Autowired MailPreferenceService preferences;
    @Autowired UnsubscribeTokens tokens;
    @Autowired Outbox outbox;
    @Autowired OutboxRepository rows;
    @Autowired MailWorker worker;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void an_optional_mail_carries_a_working_unsubscribe_link_that_stops_even_mail_already_queued() throws Exception {
        Someone ana = learner(accounts, "baja", "es-MX");
        queueSummary(ana, 1);
        worker.sendDue();
        MimeMessage first = MailFixture.received(ana.email(), 1).getFirst();
        String header = first.getHeader("List-Unsubscribe")[0];
        assertThat(header).startsWith("<http://localhost:8080/correo/baja/");
        assertThat(MailServer.part(first, "text/plain")).contains("No quiero recibir más correos de este tipo");
        String token = header.substring(header.lastIndexOf('/') + 1, header.length() - 1);

        queueSummary(ana, 2);
        assertThat(As.anonymous(() -> preferences.unsubscribe(token))).contains(MailKind.PROGRESS_SUMMARY);
        assertThat(As.anonymous(() -> preferences.unsubscribe(token))).as("twice is harmless")
                .contains(MailKind.PROGRESS_SUMMARY);
        worker.sendDue();

        assertThat(MailServer.receivedBy(ana.email())).hasSize(1);
        assertThat(rows.findAll().stream().filter(m -> m.getRecipient().equals(ana.email()))
                .map(m -> m.getStatus())).containsExactly(Status.SENT, Status.DROPPED);
        assertThat(queueSummary(ana, 3)).as("nothing more is queued").isFalse();
        assertThat(As.user(ana.username(), new String[] {"LEARNER"}, preferences::mine))
                .contains(new MailPreference(MailKind.PROGRESS_SUMMARY, false),
                        new MailPreference(MailKind.COMMUNITY_MENTION, true));
    }

    @Test
    void a_click_made_by_mistake_is_undone_from_the_same_page() {
        Someone ana = learner(accounts, "vuelve", "es-MX");
        String token = tokens.sign(ana.id(), MailKind.COMMUNITY_MENTION);
        As.anonymous(() -> preferences.unsubscribe(token));
        assertThat(As.anonymous(() -> preferences.resubscribe(token))).contains(MailKind.COMMUNITY_MENTION);
        assertThat(queue(ana, MailKind.COMMUNITY_MENTION, "<again-" + System.nanoTime() + "@t>")).isTrue();
    }

    @Test
    void a_tampered_or_garbled_link_changes_nothing() {
        Someone ana = learner(accounts, "firma", "es-MX");
        Someone eva = learner(accounts, "otra", "es-MX");
        String valid = tokens.sign(ana.id(), MailKind.COMMUNITY_MENTION);
        String signature = valid.substring(valid.lastIndexOf('.') + 1);
        // The last Base64 character of a 32-byte signature carries two unused bits: its neighbour decodes the same.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char sameBytes = alphabet.charAt(alphabet.indexOf(valid.charAt(valid.length() - 1)) ^ 1);
        String[] forged = {eva.id().value() + ".COMMUNITY_MENTION." + signature,
                ana.id().value() + ".PROGRESS_SUMMARY." + signature,
                ana.id().value() + ".ACCOUNT." + signature,
                valid.substring(0, valid.length() - 1) + (valid.endsWith("A") ? "B" : "A"),
                valid.substring(0, valid.length() - 1) + sameBytes,
                "", "x".repeat(5_000), "1.COMMUNITY_MENTION.' or 1=1 --", valid + ".extra"};
        for (String token : forged) {
            assertThat(As.anonymous(() -> preferences.unsubscribe(token))).as(token).isEmpty();
        }
        assertThat(queue(eva, MailKind.COMMUNITY_MENTION, "<eva-" + System.nanoTime() + "@t>")).isTrue();
        assertThat(queue(ana, MailKind.COMMUNITY_MENTION, "<ana-" + System.nanoTime() + "@t>")).isTrue();
    }

    @Test
    void a_signed_in_person_switches_kinds_off_and_on_but_never_account_mail() {
        Someone ana = learner(accounts, "prefs", "en");
        String[] learner = {"LEARNER"};
        As.user(ana.username(), learner, () -> preferences.setMine(MailKind.COMMUNITY_MENTION, false));
        assertThat(As.user(ana.username(), learner, preferences::mine))
                .contains(new MailPreference(MailKind.COMMUNITY_MENTION, false));
        assertThat(queue(ana, MailKind.COMMUNITY_MENTION, "<off-" + System.nanoTime() + "@t>")).isFalse();
        assertThat(queue(ana, MailKind.ACCOUNT, "<acct-" + System.nanoTime() + "@t>")).isTrue();

        As.user(ana.username(), learner, () -> preferences.setMine(MailKind.COMMUNITY_MENTION, true));
        assertThat(queue(ana, MailKind.COMMUNITY_MENTION, "<on-" + System.nanoTime() + "@t>")).isTrue();
        assertThatThrownBy(() -> As.user(ana.username(), learner,
                () -> preferences.setMine(MailKind.ACCOUNT, false))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> As.anonymous(preferences::mine))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private boolean queueSummary(Someone someone, int week) {
        return queue(someone, MailKind.PROGRESS_SUMMARY, "<summary-" + week + "-" + someone.username() + "@t>");
    }

    private boolean queue(Someone someone, MailKind kind, String messageId) {
        MailContact to = new MailContact(someone.id(), someone.username(), someone.email(), "Ana",
                Locale.of("es", "MX"));
        Boolean queued = new TransactionTemplate(transactions).execute(status -> outbox.enqueue(kind, to, messageId,
                "password-reset", "perfil", java.time.Instant.now(), someone.username()));
        return Boolean.TRUE.equals(queued);
    }
}
