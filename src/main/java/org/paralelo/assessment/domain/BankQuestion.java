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
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuestionType;

/**
 * A question of a course's bank. The key never changes; the type-specific part is JSON written from the checked
 * {@code QuestionBody} records (and read back into them).
 */
@Entity
@Table(name = "question")
public class BankQuestion {

    public static final int MAX_TEXT = 5000;
    public static final int MAX_DATA = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "question_key", nullable = false, updatable = false, length = 40)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, updatable = false, length = 20)
    private QuestionType type;

    @Column(name = "question_text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal points;

    @Column(name = "general_feedback", nullable = false, length = MAX_TEXT)
    private String generalFeedback;

    @Column(name = "title", nullable = false, length = 255)
    private String title;

    /** Mapped as a long string (not a LOB) so H2 and MariaDB validate alike; LONGTEXT in the schema. */
    @Column(name = "type_data", nullable = false, length = MAX_DATA)
    private String data;

    @Column(name = "id_number", nullable = false, length = 100)
    private String idNumber;

    /** Comma-separated; a tag has no comma. */
    @Column(name = "tags", nullable = false, length = 1100)
    private String tags;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BankQuestion() {
        this.key = "";
        this.type = QuestionType.ESSAY;
        this.text = "";
        this.points = BigDecimal.ONE;
        this.generalFeedback = "";
        this.title = "";
        this.idNumber = "";
        this.tags = "";
        this.data = "{}";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public BankQuestion(long courseId, long categoryId, String key, QuestionType type, Instant createdAt) {
        this();
        this.courseId = courseId;
        this.categoryId = categoryId;
        this.key = key;
        this.type = type;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Replaces the content; the caller has checked it. */
    public void setContent(String title, String text, BigDecimal points, String generalFeedback, String data,
                           Instant when) {
        if (title.length() > 255 || text.length() > MAX_TEXT || generalFeedback.length() > MAX_TEXT
                || data.length() > MAX_DATA) {
            throw new IllegalArgumentException("Question content exceeds the column sizes");
        }
        this.title = title;
        this.text = text;
        this.points = points;
        this.generalFeedback = generalFeedback;
        this.data = data;
        this.updatedAt = when;
    }

    /** Moodle's id number and tags; the caller has checked them (no tag holds a comma). */
    public void setMarks(String idNumber, List<String> tags) {
        String joined = String.join(",", tags);
        if (idNumber.length() > 100 || joined.length() > 1100 || tags.stream().anyMatch(t -> t.contains(","))) {
            throw new IllegalArgumentException("Question marks exceed the column sizes");
        }
        this.idNumber = idNumber;
        this.tags = joined;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public List<String> getTags() {
        return tags.isEmpty() ? List.of() : List.of(tags.split(","));
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(long categoryId) {
        this.categoryId = categoryId;
    }

    public String getKey() {
        return key;
    }

    public QuestionType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public String getGeneralFeedback() {
        return generalFeedback;
    }

    public String getData() {
        return data;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
