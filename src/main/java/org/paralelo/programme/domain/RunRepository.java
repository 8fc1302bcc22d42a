package org.paralelo.programme.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RunRepository extends JpaRepository<Run, Long> {

    List<Run> findByCourseIdOrderByStartsOnAscNameAsc(long courseId);

    /**
     * Runs open to self-enrolment whose window has a date still ahead: it opens later, or closes later.
     */
    @Query("""
            select r from Run r where r.closedAt is null and r.selfEnrolment = true
            and (r.opensAt > :now or r.closesAt > :now) order by r.courseId, r.startsOn, r.name""")
    List<Run> findEnrolmentStillAhead(java.time.Instant now);

    boolean existsByCourseIdAndNameIgnoreCase(long courseId, String name);

    boolean existsByCourseIdAndNameIgnoreCaseAndIdNot(long courseId, String name, long id);

    /** The run, row-locked until the transaction ends: seats are counted and taken one transaction at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Run r where r.id = :id")
    Optional<Run> lockById(long id);
}
