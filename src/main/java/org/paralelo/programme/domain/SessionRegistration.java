package org.paralelo.programme.domain;

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
import org.paralelo.programme.RegistrationStatus;

/** A person's registration for a session. One row per person and session; registering again reuses it. */
@Entity
@Table(name = "programme_registration")
public class SessionRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SessionRegistration() {
        this.status = RegistrationStatus.CANCELLED;
        this.requestedAt = Instant.EPOCH;
        this.changedAt = Instant.EPOCH;
    }

    public SessionRegistration(long sessionId, long personId) {
        this();
        this.sessionId = sessionId;
        this.personId = personId;
    }

    /** A new request: a seat or the end of the wait list, from now. */
    public void request(RegistrationStatus status, Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new IllegalArgumentException("a request is for a seat or the wait list");
        }
        this.status = status;
        this.requestedAt = now;
        this.changedAt = now;
    }

    public void promote(Instant now) {
        this.status = RegistrationStatus.REGISTERED;
        this.changedAt = now;
    }

    /** Back to the wait list (a seat cut by a lower capacity), keeping the original request time. */
    public void toWaitList(Instant now) {
        this.status = RegistrationStatus.WAITING;
        this.changedAt = now;
    }

    public void cancel(Instant now) {
        this.status = RegistrationStatus.CANCELLED;
        this.changedAt = now;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("registration not saved yet");
        }
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getPersonId() {
        return personId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
