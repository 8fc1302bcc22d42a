package org.paralelo.programme.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.paralelo.programme.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionRegistrationRepository extends JpaRepository<SessionRegistration, Long> {

    Optional<SessionRegistration> findBySessionIdAndPersonId(long sessionId, long personId);

    List<SessionRegistration> findByPersonIdAndSessionIdIn(long personId, Collection<Long> sessionIds);

    int countBySessionIdAndStatus(long sessionId, RegistrationStatus status);

    /** Seats first, then the wait list, each in arrival order. */
    List<SessionRegistration> findBySessionIdAndStatusOrderByRequestedAtAscIdAsc(long sessionId,
                                                                                 RegistrationStatus status);
}
