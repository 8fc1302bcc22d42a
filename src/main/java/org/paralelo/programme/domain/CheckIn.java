package org.paralelo.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A session's check-in code: one at a time per session; issuing a new one replaces the old. */
@Entity
@Table(name = "programme_check_in")
public class CheckIn {

    @Id
    @Column(name = "session_id")
    private long sessionId;

    @Column(nullable = false, length = 12)
    private String code;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "issued_by", nullable = false)
    private long issuedBy;

    protected CheckIn() {
        this.code = "";
        this.issuedAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public CheckIn(long sessionId) {
        this();
        this.sessionId = sessionId;
    }

    public void issue(String newCode, long by, Instant now, Instant expires) {
        this.code = newCode;
        this.issuedBy = by;
        this.issuedAt = now;
        this.expiresAt = expires;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getCode() {
        return code;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
