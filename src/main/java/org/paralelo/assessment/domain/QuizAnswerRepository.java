package org.paralelo.assessment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizAnswerRepository extends JpaRepository<QuizAnswer, Long> {

    List<QuizAnswer> findByAttemptIdOrderByPosition(long attemptId);

    Optional<QuizAnswer> findByAttemptIdAndQuestionKey(long attemptId, String questionKey);
}
