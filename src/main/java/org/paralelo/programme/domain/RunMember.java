package org.paralelo.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person in a run. One row per person and course: moving to another run changes {@code runId}. */
@Entity
@Table(name = "programme_run_member")
public class RunMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "joined_by", nullable = false)
    private long joinedBy;

    protected RunMember() {
        this.joinedAt = Instant.EPOCH;
    }

    public RunMember(Run run, long personId, long joinedBy, Instant now) {
        this.runId = run.getId();
        this.courseId = run.getCourseId();
        this.personId = personId;
        this.joinedBy = joinedBy;
        this.joinedAt = now;
    }

    /** Moves the person to another run of the same course. */
    public void moveTo(Run run, long by, Instant now) {
        if (run.getCourseId() != courseId) {
            throw new IllegalArgumentException("a run of another course");
        }
        this.runId = run.getId();
        this.joinedBy = by;
        this.joinedAt = now;
    }

    public long getRunId() {
        return runId;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
