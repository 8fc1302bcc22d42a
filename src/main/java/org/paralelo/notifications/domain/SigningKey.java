package org.paralelo.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The secret that signs unsubscribe links when none is configured; generated once, shared by every node. */
@Entity
@Table(name = "mail_signing_key")
public class SigningKey {

    public static final int THE_KEY = 1;

    @Id
    private int id;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {
        this.secret = "";
        this.createdAt = Instant.EPOCH;
    }

    public SigningKey(String secret, Instant createdAt) {
        this.id = THE_KEY;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public String getSecret() {
        return secret;
    }
}
