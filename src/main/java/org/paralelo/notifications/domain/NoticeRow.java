package org.paralelo.notifications.domain;

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
import org.paralelo.notifications.NoticeKind;

/** An in-app notice for one person. Written in bulk by {@code NoticeWriter}; here read and marked read. */
@Entity
@Table(name = "notice")
public class NoticeRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NoticeKind kind = NoticeKind.MESSAGE;

    @Column(name = "source_key", nullable = false, length = 80)
    private String sourceKey = "";

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName = "";

    @Column(nullable = false, length = 300)
    private String subject = "";

    @Column(nullable = false, length = 300)
    private String excerpt = "";

    @Column(nullable = false, length = 300)
    private String link = "";

    /** See {@code NoticeFacts}; null on rows written before facts were kept, and on kinds that need none. */
    @Column(length = 600)
    private @Nullable String facts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected NoticeRow() {
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getActorName() {
        return actorName;
    }

    public String getSubject() {
        return subject;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getLink() {
        return link;
    }

    public @Nullable String getFacts() {
        return facts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }
}
