package org.paralelo.programme.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    Optional<Attendance> findBySessionIdAndPersonId(long sessionId, long personId);

    List<Attendance> findBySessionId(long sessionId);

    List<Attendance> findBySessionIdInAndPersonId(Collection<Long> sessionIds, long personId);
}
