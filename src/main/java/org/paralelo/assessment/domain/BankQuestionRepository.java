package org.paralelo.assessment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BankQuestionRepository extends JpaRepository<BankQuestion, Long> {

    Optional<BankQuestion> findByCourseIdAndKey(long courseId, String key);

    List<BankQuestion> findByCourseIdAndCategoryIdOrderById(long courseId, long categoryId);

    List<BankQuestion> findByCourseIdOrderById(long courseId);

    List<BankQuestion> findByCourseIdAndKeyIn(long courseId, Collection<String> keys);

    long countByCategoryId(long categoryId);

    @Query("select q.categoryId, count(q) from BankQuestion q where q.courseId = :courseId group by q.categoryId")
    List<Object[]> countByCategory(long courseId);
}
