package org.paralelo.courses.domain;

import java.util.List;
import org.paralelo.courses.CourseStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseRepository extends JpaRepository<Course, Long> {

    boolean existsByCode(String code);

    List<Course> findByStatusOrderByTitle(CourseStatus status);

    List<Course> findByOwnerIdOrderByTitle(long ownerId);
}
