package org.paralelo.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The learner's latest answer to one question of an attempt (created blank when the attempt starts, so saving is
 * always an update of an existing row). {@code revision} goes up only when the answer really changes, so the same
 * answer sent twice is stored once and acknowledged with the same revision.
 */
@Entity
@Table(name = "quiz_answer")
public class QuizAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    private long attemptId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "question_key", nullable = false, updatable = false, length = 40)
    private String questionKey;

    /** The {@code Response} as JSON; LONGTEXT in the schema. */
    @Column(nullable = false, length = 1_000_000)
    private String response;

    @Column(nullable = false)
    private int revision;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(precision = 9, scale = 2)
    private @Nullable BigDecimal points;

    @Column(name = "max_points", nullable = false, precision = 9, scale = 2)
    private BigDecimal maxPoints;

    @Column(nullable = false)
    private boolean pending;

    @Column(nullable = false)
    private boolean checked;

    @Column(name = "grader_comment", length = 5000)
    private @Nullable String graderComment;

    @Column(name = "graded_by")
    private @Nullable Long gradedBy;

    @Column(name = "graded_at")
    private @Nullable Instant gradedAt;

    @Version
    private long version;

    protected QuizAnswer() {
        this.questionKey = "";
        this.response = "";
        this.savedAt = Instant.EPOCH;
        this.maxPoints = BigDecimal.ZERO;
    }

    public QuizAnswer(long attemptId, int position, String questionKey, String blankResponse, BigDecimal maxPoints,
                      Instant at) {
        this.attemptId = attemptId;
        this.position = position;
        this.questionKey = questionKey;
        this.response = blankResponse;
        this.maxPoints = maxPoints;
        this.savedAt = at;
    }

    public void answer(String response, Instant at) {
        this.response = response;
        this.revision++;
        this.savedAt = at;
    }

    public void scored(BigDecimal points, boolean pending) {
        this.points = points;
        this.pending = pending;
    }

    /** Immediate feedback was shown for this answer; it stays as it is from now on. */
    public void checked(BigDecimal points, boolean pending) {
        scored(points, pending);
        this.checked = true;
    }

    public boolean isChecked() {
        return checked;
    }

    public void gradedByHand(BigDecimal points, String comment, long grader, Instant at) {
        this.points = points;
        this.pending = false;
        this.graderComment = comment;
        this.gradedBy = grader;
        this.gradedAt = at;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public String getResponse() {
        return response;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public @Nullable BigDecimal getPoints() {
        return points;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public boolean isPending() {
        return pending;
    }

    public @Nullable String getGraderComment() {
        return graderComment;
    }

    public @Nullable Instant getGradedAt() {
        return gradedAt;
    }
}
