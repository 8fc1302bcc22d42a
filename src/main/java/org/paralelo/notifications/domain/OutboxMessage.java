package org.paralelo.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.notifications.MailKind;

/** One queued mail. State changes go through {@link OutboxRepository}'s conditional updates only. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    public enum Status { PENDING, SENDING, SENT, FAILED, DROPPED }

    public static final int MAX_SUBJECT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id")
    private @Nullable Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MailKind kind;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(name = "text_body", columnDefinition = "text")
    private @Nullable String textBody;

    @Column(name = "html_body", columnDefinition = "text")
    private @Nullable String htmlBody;

    @Column(name = "list_unsubscribe", length = 600)
    private @Nullable String listUnsubscribe;

    @Column(name = "message_id", nullable = false, length = 120)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    @Column(name = "claimed_by", length = 80)
    private @Nullable String claimedBy;

    @Column(name = "last_error", length = 500)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected OutboxMessage() {
        this.kind = MailKind.ACCOUNT;
        this.recipient = "";
        this.subject = "";
        this.messageId = "";
        this.status = Status.PENDING;
        this.nextAttemptAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public OutboxMessage(@Nullable Long personId, MailKind kind, String recipient, String subject, String textBody,
                         String htmlBody, @Nullable String listUnsubscribe, String messageId, Instant now) {
        if (recipient.isBlank() || recipient.length() > 254 || messageId.isBlank() || messageId.length() > 120) {
            throw new IllegalArgumentException("a queued mail needs a recipient and a message id");
        }
        this.personId = personId;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.listUnsubscribe = listUnsubscribe;
        this.messageId = messageId;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable Long getPersonId() {
        return personId;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public @Nullable String getTextBody() {
        return textBody;
    }

    public @Nullable String getHtmlBody() {
        return htmlBody;
    }

    public @Nullable String getListUnsubscribe() {
        return listUnsubscribe;
    }

    public String getMessageId() {
        return messageId;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }
}
