package org.paralelo.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's calendar subscription: the secret token in the feed's address. */
@Entity
@Table(name = "programme_calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(nullable = false, length = 64, unique = true)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
        this.token = "";
        this.createdAt = Instant.EPOCH;
    }

    public CalendarFeed(long personId, String token, Instant createdAt) {
        this.personId = personId;
        this.token = token;
        this.createdAt = createdAt;
    }

    /** A new token; the old address stops working. */
    public void renew(String newToken, Instant now) {
        this.token = newToken;
        this.createdAt = now;
    }

    public long getPersonId() {
        return personId;
    }

    public String getToken() {
        return token;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
