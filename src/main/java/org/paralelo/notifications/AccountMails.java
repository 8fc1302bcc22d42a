package org.paralelo.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.paralelo.base.SystemTask;
import org.paralelo.people.AccountLinkPurpose;
import org.paralelo.people.ActivationLinkCreated;
import org.paralelo.people.ActivationLinksCreated;
import org.paralelo.people.MailContact;
import org.paralelo.people.PasswordResetRequested;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the links people asks for. Runs after the request commits, in its own transaction that writes the
 * outbox row; the event stays in the publication registry until then, so a crash in between only delays it.
 * The Message-ID comes from the token, so a listener run twice queues one mail.
 */
@Component
class AccountMails {

    private final PersonDirectory directory;
    private final Outbox outbox;

    AccountMails(PersonDirectory directory, Outbox outbox) {
        this.directory = directory;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        queue(event.person(), "password-reset", AccountLinkPurpose.PASSWORD_RESET, event.token(), event.expiresAt());
    }

    /** A bulk import's hundred links: their contacts in one query, their mails in this one transaction. */
    @ApplicationModuleListener
    void on(ActivationLinksCreated event) {
        SystemTask.run(() -> {
            Map<PersonId, MailContact> contacts = directory.mailContacts(
                    event.links().stream().map(ActivationLinkCreated::person).toList());
            for (ActivationLinkCreated link : event.links()) {
                MailContact to = contacts.get(link.person());
                if (to != null) {
                    queue(to, "activation", AccountLinkPurpose.ACTIVATION, link.token(), link.expiresAt());
                }
            }
        });
    }

    private void queue(PersonId person, String template, AccountLinkPurpose purpose, String token,
                       Instant expiresAt) {
        SystemTask.run(() -> directory.mailContact(person)
                .ifPresent(to -> queue(to, template, purpose, token, expiresAt)));
    }

    private void queue(MailContact to, String template, AccountLinkPurpose purpose, String token,
                       Instant expiresAt) {
        outbox.enqueue(MailKind.ACCOUNT, to, messageId(template, token), template, purpose.path(token), expiresAt,
                to.username());
    }

    /** Derived from the token's hash, not the token: the header is visible to every server on the way. */
    private static String messageId(String template, String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return "<" + template + "." + HexFormat.of().formatHex(digest, 0, 20) + "@paralelo>";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
