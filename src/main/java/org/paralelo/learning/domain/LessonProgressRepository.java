package org.paralelo.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {

    List<LessonProgress> findByCourseIdAndPersonId(long courseId, long personId);

    Optional<LessonProgress> findByCourseIdAndPersonIdAndItemKey(long courseId, long personId, String itemKey);

    List<LessonProgress> findByCourseIdAndPersonIdIn(long courseId, Collection<Long> personIds);
}
