package org.paralelo.assessment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionCategoryRepository extends JpaRepository<QuestionCategory, Long> {

    List<QuestionCategory> findByCourseIdOrderByName(long courseId);

    Optional<QuestionCategory> findByIdAndCourseId(long id, long courseId);

    boolean existsByCourseIdAndNameIgnoreCase(long courseId, String name);
}
