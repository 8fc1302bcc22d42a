package org.paralelo.assessment.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizVersionRepository extends JpaRepository<QuizVersion, QuizVersion.Key> {

    long countByKeyCourseId(long courseId);
}
