package org.paralelo.courses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One published version: the whole course as JSON. Written once, never updated (no setters). */
@Entity
@Table(name = "course_version")
public class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private long publishedBy;

    @Column(name = "change_summary", nullable = false, updatable = false, length = 4000)
    private String changeSummary;

    /** The structure only (lesson bodies are in CourseVersionLesson), so it stays far below the cap. */
    @Column(nullable = false, updatable = false, length = CourseItem.MAX_MARKDOWN)
    private String snapshot;

    protected CourseVersion() {
        this.publishedAt = Instant.EPOCH;
        this.changeSummary = "";
        this.snapshot = "";
    }

    public CourseVersion(long courseId, int number, Instant publishedAt, long publishedBy, String changeSummary,
                         String snapshot) {
        this.courseId = courseId;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.changeSummary = changeSummary;
        this.snapshot = snapshot;
    }

    public long getCourseId() {
        return courseId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getPublishedBy() {
        return publishedBy;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
