package org.paralelo.assessment;

import java.util.Optional;
import org.paralelo.courses.CourseId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quizzes as frozen with a published course version. Anyone who may see the course reads the learner's view (no
 * right answers, no feedback); the course's trainers and admins read the whole quiz. Frozen quizzes never change,
 * so parsed ones are kept in a small cache.
 */
@Service
@Transactional(readOnly = true)
public class PublishedQuizService {

    private final FrozenQuizzes frozen;

    PublishedQuizService(FrozenQuizzes frozen) {
        this.frozen = frozen;
    }

    /** The quiz item as learners take it in that course version, without answers or feedback. */
    @PreAuthorize("@courseAccess.canView(#course)")
    public Optional<LearnerQuiz> quiz(CourseId course, int version, String itemKey) {
        return frozen.find(course, version, itemKey).map(PublishedQuiz::forLearners);
    }

    /** The whole frozen quiz, right answers and feedback included, for the course's trainers and for grading. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public Optional<PublishedQuiz> fullQuiz(CourseId course, int version, String itemKey) {
        return frozen.find(course, version, itemKey);
    }
}
