package org.paralelo.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One private message, kept as the plain text its sender wrote; never edited. */
@Entity
@Table(name = "direct_message")
public class MessageRow {

    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "sender_id", nullable = false)
    private long senderId;

    @Column(nullable = false, length = MAX_BODY)
    private String body = "";

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt = Instant.EPOCH;

    protected MessageRow() {
    }

    public MessageRow(long conversationId, long senderId, String body, Instant sentAt) {
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("message body empty or too long");
        }
        this.conversationId = conversationId;
        this.senderId = senderId;
        this.body = body;
        this.sentAt = sentAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getSenderId() {
        return senderId;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
