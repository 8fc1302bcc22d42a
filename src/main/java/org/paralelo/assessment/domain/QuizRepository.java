package org.paralelo.assessment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuizRepository extends JpaRepository<Quiz, Long> {

    Optional<Quiz> findByCourseIdAndItemKey(long courseId, String itemKey);

    List<Quiz> findByCourseId(long courseId);

    /** The quiz items of a course that use a question as a fixed slot. */
    @Query("select distinct s.quiz.itemKey from QuizSlot s where s.quiz.courseId = :courseId and s.questionKey = :key")
    List<String> itemKeysUsingQuestion(long courseId, String key);

    /** The quiz items of a course that draw from a category. */
    @Query("select distinct s.quiz.itemKey from QuizSlot s where s.categoryId = :categoryId")
    List<String> itemKeysDrawingFrom(long categoryId);
}
