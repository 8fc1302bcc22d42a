package org.paralelo.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.paralelo.assessment.domain.QuizVersion;
import org.paralelo.assessment.domain.QuizVersionRepository;
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

    private final QuizVersionRepository versions;
    private final AssessmentJson json;
    private final Map<QuizVersion.Key, PublishedQuiz> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<QuizVersion.Key, PublishedQuiz> eldest) {
                    return size() > 200;
                }
            });

    PublishedQuizService(QuizVersionRepository versions, AssessmentJson json) {
        this.versions = versions;
        this.json = json;
    }

    /** The quiz item as learners take it in that course version, without answers or feedback. */
    @PreAuthorize("@courseAccess.canView(#course)")
    public Optional<LearnerQuiz> quiz(CourseId course, int version, String itemKey) {
        return frozen(course, version, itemKey).map(PublishedQuiz::forLearners);
    }

    /** The whole frozen quiz, right answers and feedback included, for the course's trainers and for grading. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public Optional<PublishedQuiz> fullQuiz(CourseId course, int version, String itemKey) {
        return frozen(course, version, itemKey);
    }

    private Optional<PublishedQuiz> frozen(CourseId course, int version, String itemKey) {
        QuizVersion.Key key = new QuizVersion.Key(course.value(), version, itemKey);
        PublishedQuiz cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PublishedQuiz> read = versions.findById(key).map(row -> json.quiz(row.getSnapshot()));
        read.ifPresent(quiz -> cache.put(key, quiz));
        return read;
    }
}
