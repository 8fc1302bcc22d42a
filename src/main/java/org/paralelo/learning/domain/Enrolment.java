package org.paralelo.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A person enrolled in a course, with where they left off (kept on the server, so it follows them). Updates write
 * only the columns that changed, so opening a lesson (where-left-off) never writes back a stale completion over
 * one recorded meanwhile by another transaction.
 */
@Entity
@DynamicUpdate
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false)
    private long enrolledBy;

    @Column(name = "last_item_key", length = 40)
    private @Nullable String lastItemKey;

    @Column(name = "last_activity_at")
    private @Nullable Instant lastActivityAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    protected Enrolment() {
        this.enrolledAt = Instant.EPOCH;
    }

    public Enrolment(long courseId, long personId, long enrolledBy, Instant now) {
        this.courseId = courseId;
        this.personId = personId;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = now;
    }

    public void visited(String itemKey, Instant now) {
        this.lastItemKey = itemKey;
        this.lastActivityAt = now;
    }

    public void completed(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public @Nullable String getLastItemKey() {
        return lastItemKey;
    }

    public @Nullable Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }
}
