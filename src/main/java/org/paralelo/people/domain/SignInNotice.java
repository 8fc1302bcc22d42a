package org.paralelo.people.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Tells an account's owner once that someone failed to sign in as them many times. */
@Entity
@Table(name = "sign_in_notice")
public class SignInNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long personId;

    private int failures;

    private Instant createdAt;

    private @Nullable Instant seenAt;

    protected SignInNotice() {
        this.createdAt = Instant.EPOCH;
    }

    public SignInNotice(long personId, int failures, Instant createdAt) {
        this.personId = personId;
        this.failures = failures;
        this.createdAt = createdAt;
    }

    public long getPersonId() {
        return personId;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void markSeen(Instant at) {
        this.seenAt = at;
    }
}
