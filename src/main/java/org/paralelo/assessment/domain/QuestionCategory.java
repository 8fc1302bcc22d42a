package org.paralelo.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A category of one course's question bank. */
@Entity
@Table(name = "question_category")
public class QuestionCategory {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected QuestionCategory() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public QuestionCategory(long courseId, String name, Instant createdAt) {
        this.courseId = courseId;
        this.name = name.strip();
        this.createdAt = createdAt;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        if (name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("Category names have 1 to " + MAX_NAME + " characters");
        }
        this.name = name.strip();
    }

    public long getVersion() {
        return version;
    }
}
