package org.paralelo.programme.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.paralelo.programme.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProgrammeSessionRepository extends JpaRepository<ProgrammeSession, Long> {

    List<ProgrammeSession> findByRunIdOrderByStartsAtAsc(long runId);

    List<ProgrammeSession> findBySeriesIdOrderByStartsAtAsc(long seriesId);

    /** The session, row-locked until the transaction ends: its seats are counted and taken one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ProgrammeSession s where s.id = :id")
    Optional<ProgrammeSession> lockById(long id);

    /** Sessions not cancelled that overlap [from, to), for the facilitators' clash warning. */
    @Query("select s from ProgrammeSession s where s.cancelledAt is null and s.startsAt < :to and s.endsAt > :from")
    List<ProgrammeSession> findOverlapping(Instant from, Instant to);

    /**
     * A person's sessions ending after {@code from}, in time order, cancelled ones included: those of the runs they
     * belong to and those they registered for or wait for ({@code cancelled} is the registration status left out).
     */
    @Query("""
            select s from ProgrammeSession s where s.endsAt > :from and (
              s.runId in (select m.runId from RunMember m where m.personId = :person)
              or s.id in (select r.sessionId from SessionRegistration r where r.personId = :person
                          and r.status <> :cancelled))
            order by s.startsAt asc, s.id asc""")
    List<ProgrammeSession> findForPerson(long person, Instant from, RegistrationStatus cancelled);
}
