package org.paralelo.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceChangeRepository extends JpaRepository<AttendanceChange, Long> {

    List<AttendanceChange> findBySessionIdOrderByChangedAtDescIdDesc(long sessionId);
}
