package org.paralelo.programme.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProgrammeSessionRepository extends JpaRepository<ProgrammeSession, Long> {

    List<ProgrammeSession> findByRunIdOrderByStartsAtAsc(long runId);

    /** The session, row-locked until the transaction ends: its seats are counted and taken one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ProgrammeSession s where s.id = :id")
    Optional<ProgrammeSession> lockById(long id);

    /** Sessions not cancelled that overlap [from, to), for the facilitators' clash warning. */
    @Query("select s from ProgrammeSession s where s.cancelledAt is null and s.startsAt < :to and s.endsAt > :from")
    List<ProgrammeSession> findOverlapping(Instant from, Instant to);
}
