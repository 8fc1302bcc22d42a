package org.paralelo.courses.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {

    Optional<CourseVersion> findByCourseIdAndNumber(long courseId, int number);

    List<CourseVersion> findByCourseIdOrderByNumberDesc(long courseId);

    Optional<CourseVersion> findFirstByCourseIdOrderByNumberDesc(long courseId);
}
