package org.paralelo.programme.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.paralelo.programme.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SessionRegistrationRepository extends JpaRepository<SessionRegistration, Long> {

    Optional<SessionRegistration> findBySessionIdAndPersonId(long sessionId, long personId);

    List<SessionRegistration> findByPersonIdAndSessionIdIn(long personId, Collection<Long> sessionIds);

    int countBySessionIdAndStatus(long sessionId, RegistrationStatus status);

    /** Seats first, then the wait list, each in arrival order. */
    List<SessionRegistration> findBySessionIdAndStatusOrderByRequestedAtAscIdAsc(long sessionId,
                                                                                 RegistrationStatus status);

    /** Whether the person holds a seat at any session of the series: a participant of the series. */
    @Query("""
            select count(r) > 0 from SessionRegistration r, ProgrammeSession s where r.sessionId = s.id
            and s.seriesId = :series and r.personId = :person and r.status = :status""")
    boolean holdsSeatInSeries(long series, long person, RegistrationStatus status);

    /** People registered or waiting at any session of the series (anything but {@code cancelled}), once each. */
    @Query("""
            select distinct r.personId from SessionRegistration r, ProgrammeSession s where r.sessionId = s.id
            and s.seriesId = :series and r.status <> :cancelled""")
    List<Long> participantsOfSeries(long series, RegistrationStatus cancelled);

    /** Of the given people, those registered or waiting at a session of a series the organiser organises. */
    @Query("""
            select distinct r.personId from SessionRegistration r, ProgrammeSession s, Series se
            where r.sessionId = s.id and s.seriesId = se.id and :organiser member of se.organiserIds
            and r.personId in :people and r.status <> :cancelled""")
    List<Long> inSeriesOrganisedBy(long organiser, Collection<Long> people, RegistrationStatus cancelled);
}
