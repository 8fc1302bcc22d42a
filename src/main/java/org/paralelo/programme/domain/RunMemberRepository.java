package org.paralelo.programme.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RunMemberRepository extends JpaRepository<RunMember, Long> {

    Optional<RunMember> findByCourseIdAndPersonId(long courseId, long personId);

    List<RunMember> findByCourseIdAndPersonIdIn(long courseId, Collection<Long> personIds);

    List<RunMember> findByRunIdOrderByJoinedAtAsc(long runId);

    List<RunMember> findByPersonId(long personId);

    boolean existsByRunIdAndPersonId(long runId, long personId);

    int countByRunId(long runId);

    @Query("select m.runId, count(m) from RunMember m where m.runId in :runIds group by m.runId")
    List<Object[]> countByRunIds(Collection<Long> runIds);
}
