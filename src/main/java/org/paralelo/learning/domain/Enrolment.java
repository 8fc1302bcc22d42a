package org.paralelo.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.NaturalId;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.LearnerEnrolled;
import org.paralelo.people.PersonId;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A person enrolled in a course, with where they left off (kept on the server, so it follows them). Updates write
 * only the columns that changed, so opening a lesson (where-left-off) never writes back a stale completion over
 * one recorded meanwhile by another transaction. The course and the person are its natural key (unique in the
 * table): looked up by them ({@link EnrolmentRepository#findByKey}) within a transaction that already read it, it
 * comes from the persistence context, not from another statement.
 */
@Entity
@DynamicUpdate
public class Enrolment {

    /** How finely {@link #opened} keeps the time of the last activity when the item stays the same. */
    public static final java.time.Duration ACTIVITY_GRAIN = java.time.Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NaturalId
    @Column(name = "course_id", nullable = false)
    private long courseId;

    @NaturalId
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

    /** {@link LearnerEnrolled} for a new enrolment, published by the repository when it is saved. */
    @Transient
    private final List<Object> events = new ArrayList<>();

    protected Enrolment() {
        this.enrolledAt = Instant.EPOCH;
    }

    public Enrolment(long courseId, long personId, long enrolledBy, Instant now) {
        this.courseId = courseId;
        this.personId = personId;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = now;
        events.add(new LearnerEnrolled(new CourseId(courseId), new PersonId(personId), now));
    }

    @DomainEvents
    Collection<Object> events() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void eventsPublished() {
        events.clear();
    }

    public void visited(String itemKey, Instant now) {
        this.lastItemKey = itemKey;
        this.lastActivityAt = now;
    }

    /**
     * A lesson was opened: {@link #visited}, except that opening the same item again within
     * {@link #ACTIVITY_GRAIN} changes nothing, so a learner paging back and forth or reloading does not write the
     * enrolment on every navigation (issue 16). Where to continue is always exact; the time of the last activity is
     * exact to that grain, which is finer than any report shows it (days, weeks).
     */
    public void opened(String itemKey, Instant now) {
        if (!itemKey.equals(lastItemKey) || lastActivityAt == null
                || !now.isBefore(lastActivityAt.plus(ACTIVITY_GRAIN))) {
            visited(itemKey, now);
        }
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
