package org.paralelo.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One learner's state on one lesson: opened (in progress) or done. Keyed by the lesson's stable key. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "item_key", nullable = false, length = 40)
    private String itemKey;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    protected LessonProgress() {
        this.itemKey = "";
        this.startedAt = Instant.EPOCH;
    }

    public LessonProgress(long courseId, long personId, String itemKey, Instant now) {
        this.courseId = courseId;
        this.personId = personId;
        this.itemKey = itemKey;
        this.startedAt = now;
    }

    /** Returns whether this call completed it (false when it was already done). */
    public boolean complete(Instant now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        return true;
    }

    public boolean isDone() {
        return completedAt != null;
    }

    public String getItemKey() {
        return itemKey;
    }

    public long getPersonId() {
        return personId;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }
}
