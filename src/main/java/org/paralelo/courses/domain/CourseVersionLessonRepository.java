package org.paralelo.courses.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseVersionLessonRepository extends JpaRepository<CourseVersionLesson, CourseVersionLesson.Key> {

    List<CourseVersionLesson> findByKeyCourseIdAndKeyNumber(long courseId, int number);
}
