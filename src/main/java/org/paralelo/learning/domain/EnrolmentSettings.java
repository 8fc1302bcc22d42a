package org.paralelo.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.learning.CompletionMode;

/** A course's enrolment rules, edited by its trainers. A course without a row uses {@link #defaults}. */
@Entity
@Table(name = "enrolment_settings")
public class EnrolmentSettings {

    @Id
    @Column(name = "course_id")
    private long courseId;

    @Column(name = "self_enrolment", nullable = false)
    private boolean selfEnrolment;

    @Column(name = "opens_at")
    private @Nullable Instant opensAt;

    @Column(name = "closes_at")
    private @Nullable Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_mode", nullable = false, length = 20)
    private CompletionMode completionMode;

    @Version
    private long version;

    protected EnrolmentSettings() {
        this.completionMode = CompletionMode.ON_REACHING_END;
    }

    /** New courses are open to self-enrolment with no window, and lessons complete on reaching their end. */
    public static EnrolmentSettings defaults(long courseId) {
        EnrolmentSettings settings = new EnrolmentSettings();
        settings.courseId = courseId;
        settings.selfEnrolment = true;
        return settings;
    }

    public boolean isOpenAt(Instant now) {
        return (opensAt == null || !now.isBefore(opensAt)) && (closesAt == null || now.isBefore(closesAt));
    }

    public long getCourseId() {
        return courseId;
    }

    public boolean isSelfEnrolment() {
        return selfEnrolment;
    }

    public void setSelfEnrolment(boolean selfEnrolment) {
        this.selfEnrolment = selfEnrolment;
    }

    public @Nullable Instant getOpensAt() {
        return opensAt;
    }

    public void setWindow(@Nullable Instant opensAt, @Nullable Instant closesAt) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public @Nullable Instant getClosesAt() {
        return closesAt;
    }

    public CompletionMode getCompletionMode() {
        return completionMode;
    }

    public void setCompletionMode(CompletionMode completionMode) {
        this.completionMode = completionMode;
    }

    public long getVersion() {
        return version;
    }
}
