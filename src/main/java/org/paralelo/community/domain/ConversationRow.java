package org.paralelo.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A one-to-one conversation. The pair is stored in order ({@code personA < personB}) so two people have exactly
 * one conversation; each side's read position is the id of the last message they have read.
 */
@Entity
@Table(name = "conversation")
public class ConversationRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_a", nullable = false)
    private long personA;

    @Column(name = "person_b", nullable = false)
    private long personB;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt = Instant.EPOCH;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt = Instant.EPOCH;

    @Column(name = "last_message_id", nullable = false)
    private long lastMessageId;

    @Column(name = "a_read_upto", nullable = false)
    private long aReadUpto;

    @Column(name = "b_read_upto", nullable = false)
    private long bReadUpto;

    protected ConversationRow() {
    }

    public ConversationRow(long one, long other, Instant now) {
        if (one == other) {
            throw new IllegalArgumentException("a conversation needs two people");
        }
        this.personA = Math.min(one, other);
        this.personB = Math.max(one, other);
        this.startedAt = now;
        this.lastMessageAt = now;
    }

    public boolean involves(long person) {
        return person == personA || person == personB;
    }

    public long other(long person) {
        return person == personA ? personB : personA;
    }

    public long readUpto(long person) {
        return person == personA ? aReadUpto : bReadUpto;
    }

    /** The sender has read everything up to their own message. */
    public void messageAdded(long messageId, long sender, Instant at) {
        this.lastMessageId = messageId;
        this.lastMessageAt = at;
        markRead(sender, messageId);
    }

    public void markRead(long person, long upto) {
        if (person == personA) {
            aReadUpto = Math.max(aReadUpto, upto);
        } else if (person == personB) {
            bReadUpto = Math.max(bReadUpto, upto);
        }
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long getPersonA() {
        return personA;
    }

    public long getPersonB() {
        return personB;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }

    public long getLastMessageId() {
        return lastMessageId;
    }
}
