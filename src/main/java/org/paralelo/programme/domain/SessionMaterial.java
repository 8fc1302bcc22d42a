package org.paralelo.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One material of a session: a lesson of the run's course (by its stable key) or an uploaded file. */
@Entity
@Table(name = "programme_session_material")
public class SessionMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "lesson_key", length = 64)
    private @Nullable String lessonKey;

    @Column(name = "media_id")
    private @Nullable Long mediaId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "added_by", nullable = false)
    private long addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected SessionMaterial() {
        this.title = "";
        this.addedAt = Instant.EPOCH;
    }

    private SessionMaterial(long sessionId, @Nullable String lessonKey, @Nullable Long mediaId, String title,
                            long addedBy, Instant addedAt) {
        this.sessionId = sessionId;
        this.lessonKey = lessonKey;
        this.mediaId = mediaId;
        this.title = title;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public static SessionMaterial lesson(long sessionId, String lessonKey, String title, long by, Instant at) {
        return new SessionMaterial(sessionId, lessonKey, null, title, by, at);
    }

    public static SessionMaterial file(long sessionId, long mediaId, String title, long by, Instant at) {
        return new SessionMaterial(sessionId, null, mediaId, title, by, at);
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public @Nullable String getLessonKey() {
        return lessonKey;
    }

    public @Nullable Long getMediaId() {
        return mediaId;
    }

    public String getTitle() {
        return title;
    }
}
