package org.paralelo.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByCourseIdAndPersonId(long courseId, long personId);

    boolean existsByCourseIdAndPersonId(long courseId, long personId);

    List<Enrolment> findByPersonIdOrderByEnrolledAtDesc(long personId);

    List<Enrolment> findByCourseId(long courseId);

    List<Enrolment> findByPersonIdIn(Collection<Long> personIds);
}
