package org.paralelo.people.domain;

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
import org.paralelo.people.AccountLinkPurpose;

/** A one-time link for setting a password. Only the SHA-256 hash of its token is kept. */
@Entity
@Table(name = "account_link")
public class AccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountLinkPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected AccountLink() {
        this.purpose = AccountLinkPurpose.PASSWORD_RESET;
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public AccountLink(long personId, AccountLinkPurpose purpose, String tokenHash, Instant createdAt,
                       Instant expiresAt) {
        if (tokenHash.length() != 64 || !expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a link needs a SHA-256 hex hash and an expiry after its creation");
        }
        this.personId = personId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public AccountLinkPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getUsedAt() {
        return usedAt;
    }
}
