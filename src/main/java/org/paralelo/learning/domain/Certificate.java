package org.paralelo.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.Languages;

/**
 * A certificate as issued: the name, course title and hours are copied at issue time, so later edits to the
 * profile or the course never change what was certified.
 */
@Entity
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, length = 200)
    private String personName;

    @Column(name = "course_title", nullable = false, length = 200)
    private String courseTitle;

    @Column(nullable = false)
    private int hours;

    /** Time spent in on-site sessions, in minutes; null when the course had no on-site part for this person. */
    @Column(name = "onsite_minutes")
    private @Nullable Integer onsiteMinutes;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by")
    private @Nullable Long revokedBy;

    @Version
    private long version;

    protected Certificate() {
        this.code = "";
        this.personName = "";
        this.courseTitle = "";
        this.language = Languages.SPANISH_TAG;
        this.issuedAt = Instant.EPOCH;
    }

    public Certificate(String code, long courseId, long personId, String personName, String courseTitle, int hours,
                       String language, Instant issuedAt) {
        this.code = code;
        this.courseId = courseId;
        this.personId = personId;
        this.personName = personName;
        this.courseTitle = courseTitle;
        this.hours = hours;
        this.language = language;
        this.issuedAt = issuedAt;
    }

    public void revoke(long by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public int getHours() {
        return hours;
    }

    public @Nullable Integer getOnsiteMinutes() {
        return onsiteMinutes;
    }

    /** Set once, at issue time, beside the online hours. */
    public void setOnsiteMinutes(@Nullable Integer minutes) {
        if (minutes != null && minutes < 0) {
            throw new IllegalArgumentException("on-site minutes");
        }
        this.onsiteMinutes = minutes;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }
}
