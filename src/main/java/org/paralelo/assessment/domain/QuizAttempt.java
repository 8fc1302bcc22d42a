package org.paralelo.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.AttemptState;

/**
 * One learner's attempt at one quiz of one published course version. The questions (and their order) are drawn
 * when it starts and kept here, so every resume shows the same ones. State, times and scores have no public
 * setters that a client value could reach: the attempt service moves them.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "course_version", nullable = false, updatable = false)
    private int courseVersion;

    @Column(name = "item_key", nullable = false, updatable = false, length = 40)
    private String itemKey;

    @Column(name = "learner_id", nullable = false, updatable = false)
    private long learnerId;

    @Column(name = "attempt_number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttemptState state;

    /** Question keys in the order shown, comma-separated (keys never contain commas). */
    @Column(name = "question_keys", nullable = false, updatable = false, length = 1_000_000)
    private String questionKeys;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    private @Nullable Instant deadline;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "graded_at")
    private @Nullable Instant gradedAt;

    @Column(precision = 9, scale = 2)
    private @Nullable BigDecimal score;

    @Column(name = "max_score", precision = 9, scale = 2)
    private @Nullable BigDecimal maxScore;

    @Column(name = "grade_percent", precision = 5, scale = 2)
    private @Nullable BigDecimal gradePercent;

    @Version
    private long version;

    protected QuizAttempt() {
        this.itemKey = "";
        this.state = AttemptState.IN_PROGRESS;
        this.questionKeys = "";
        this.startedAt = Instant.EPOCH;
    }

    public QuizAttempt(long courseId, int courseVersion, String itemKey, long learnerId, int number,
                       List<String> questionKeys, Instant startedAt, @Nullable Instant deadline) {
        this.courseId = courseId;
        this.courseVersion = courseVersion;
        this.itemKey = itemKey;
        this.learnerId = learnerId;
        this.number = number;
        this.state = AttemptState.IN_PROGRESS;
        this.questionKeys = String.join(",", questionKeys);
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    /** Submitted: objective answers graded; essays, if any, still pending. */
    public void submitted(Instant at, BigDecimal score, BigDecimal maxScore, boolean essaysPending) {
        this.submittedAt = at;
        this.state = AttemptState.SUBMITTED;
        this.score = score;
        this.maxScore = maxScore;
        if (essaysPending) {
            this.state = AttemptState.AWAITING_GRADING;
        } else {
            graded(at, score);
        }
    }

    /** The final grade, at submission or when the last essay is graded. */
    public void graded(Instant at, BigDecimal finalScore) {
        this.state = AttemptState.GRADED;
        this.gradedAt = at;
        this.score = finalScore;
        this.gradePercent = percent(finalScore, maxScore);
    }

    /** A score as a percentage of the most it could be, two decimals; 0 when nothing could be scored. */
    public static BigDecimal percent(BigDecimal score, @Nullable BigDecimal maxScore) {
        return maxScore == null || maxScore.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : score.multiply(BigDecimal.valueOf(100)).divide(maxScore, 2, java.math.RoundingMode.HALF_UP);
    }

    public boolean expiredAt(Instant now) {
        return state.open() && deadline != null && !now.isBefore(deadline);
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getCourseId() {
        return courseId;
    }

    public int getCourseVersion() {
        return courseVersion;
    }

    public String getItemKey() {
        return itemKey;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public int getNumber() {
        return number;
    }

    public AttemptState getState() {
        return state;
    }

    public List<String> getQuestionKeys() {
        return questionKeys.isEmpty() ? List.of() : Arrays.asList(questionKeys.split(","));
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getDeadline() {
        return deadline;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Instant getGradedAt() {
        return gradedAt;
    }

    public @Nullable BigDecimal getScore() {
        return score;
    }

    public @Nullable BigDecimal getMaxScore() {
        return maxScore;
    }

    public @Nullable BigDecimal getGradePercent() {
        return gradePercent;
    }

    public long getVersion() {
        return version;
    }
}
