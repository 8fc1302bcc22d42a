package org.paralelo.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.paralelo.assessment.domain.QuizVersion;
import org.paralelo.assessment.domain.QuizVersionRepository;
import org.paralelo.courses.CourseId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quizzes as frozen with published course versions, read without any caller check: for the assessment services
 * only, which check who asks themselves (grading must work whoever submits, including the expiry sweep). Frozen
 * quizzes never change, so parsed ones are kept in a small cache.
 */
@Component
class FrozenQuizzes {

    private final QuizVersionRepository versions;
    private final AssessmentJson json;
    private final Map<QuizVersion.Key, PublishedQuiz> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<QuizVersion.Key, PublishedQuiz> eldest) {
                    return size() > 200;
                }
            });

    FrozenQuizzes(QuizVersionRepository versions, AssessmentJson json) {
        this.versions = versions;
        this.json = json;
    }

    @Transactional(readOnly = true)
    Optional<PublishedQuiz> find(CourseId course, int version, String itemKey) {
        QuizVersion.Key key = new QuizVersion.Key(course.value(), version, itemKey);
        PublishedQuiz cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PublishedQuiz> read = versions.findById(key).map(row -> json.quiz(row.getSnapshot()));
        read.ifPresent(quiz -> cache.put(key, quiz));
        return read;
    }

    /** The quiz an existing attempt was started on; it cannot disappear while the course exists. */
    PublishedQuiz of(long course, int version, String itemKey) {
        return find(new CourseId(course), version, itemKey)
                .orElseThrow(() -> new IllegalStateException("Frozen quiz missing for " + course + "/" + version));
    }
}
