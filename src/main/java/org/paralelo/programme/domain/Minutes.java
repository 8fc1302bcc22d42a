package org.paralelo.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The record of a debate session: minutes in Markdown (rendered sanitised), who edited them last and when. */
@Entity
@Table(name = "programme_minutes")
public class Minutes {

    public static final int MAX_BODY = 50_000;

    @Id
    @Column(name = "session_id")
    private long sessionId;

    @Column(nullable = false, length = 1_000_000)
    private String body = "";

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt = Instant.EPOCH;

    @Version
    private @Nullable Long version;

    protected Minutes() {
    }

    public Minutes(long sessionId) {
        this.sessionId = sessionId;
    }

    public void write(String body, long author, Instant at) {
        this.body = body;
        this.authorId = author;
        this.editedAt = at;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getBody() {
        return body;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
