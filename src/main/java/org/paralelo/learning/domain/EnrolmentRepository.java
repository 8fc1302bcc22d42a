package org.paralelo.learning.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Enrolments. One person's enrolment in one course is {@link #findByKey} (also for "is enrolled?"); the queries
 * below answer other questions: a row lock, several people or courses at once, pages for a rebuild.
 */
public interface EnrolmentRepository extends JpaRepository<Enrolment, Long>, EnrolmentKeys {

    /**
     * The enrolment, row-locked until the transaction ends: completion of one learner's course is evaluated one
     * transaction at a time (the learner's own lesson, the quiz-graded listener). A query, not {@link #findByKey}:
     * the lock must come from the database even when the transaction has already read the enrolment.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enrolment e where e.courseId = :courseId and e.personId = :personId")
    Optional<Enrolment> lockByCourseIdAndPersonId(long courseId, long personId);

    List<Enrolment> findByPersonIdOrderByEnrolledAtDesc(long personId);

    List<Enrolment> findByCourseId(long courseId);

    List<Enrolment> findByPersonIdIn(Collection<Long> personIds);

    List<Enrolment> findByIdGreaterThanOrderByIdAsc(long afterId, Pageable page);

    /** Several people's enrolments in one course in one statement, where {@link #findByKey} would take one each. */
    List<Enrolment> findByCourseIdAndPersonIdIn(long courseId, Collection<Long> personIds);
}
