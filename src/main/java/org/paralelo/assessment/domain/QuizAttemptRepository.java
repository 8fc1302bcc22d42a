package org.paralelo.assessment.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.paralelo.assessment.AttemptState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    /** The attempt, row-locked until the transaction ends: saves and submits of one attempt run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from QuizAttempt a where a.id = :id")
    Optional<QuizAttempt> lockById(long id);

    List<QuizAttempt> findByCourseIdAndItemKeyAndLearnerIdOrderByNumber(long courseId, String itemKey,
                                                                        long learnerId);

    List<QuizAttempt> findByCourseIdAndLearnerIdOrderByNumber(long courseId, long learnerId);

    List<QuizAttempt> findByCourseIdOrderByLearnerIdAscNumberAsc(long courseId);

    List<QuizAttempt> findByCourseIdAndLearnerIdIn(long courseId, Collection<Long> learnerIds);

    @Query("select a.id from QuizAttempt a where a.state = :state and a.deadline <= :now")
    List<Long> findExpired(AttemptState state, Instant now);

    List<QuizAttempt> findByCourseIdInAndStateOrderBySubmittedAt(Collection<Long> courseIds, AttemptState state);
}
