package org.paralelo.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** {@code blocker} receives no messages from {@code blocked}, and sends none to them while it stands. */
@Entity
@Table(name = "member_block")
public class BlockRow {

    @Embeddable
    public record Key(@Column(name = "blocker_id") long blockerId, @Column(name = "blocked_id") long blockedId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key = new Key(0, 0);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected BlockRow() {
    }

    public BlockRow(Key key, Instant createdAt) {
        this.key = key;
        this.createdAt = createdAt;
    }

    public Key getKey() {
        return key;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
