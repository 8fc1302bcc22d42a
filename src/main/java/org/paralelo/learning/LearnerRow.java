package org.paralelo.learning;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuizOutcome;
import org.paralelo.people.PersonFacts;

/** One learner in a trainer's table: who and where, progress on required items, last activity, quiz results. */
public record LearnerRow(PersonFacts person, int requiredDone, int requiredTotal, int percent,
                         @Nullable Instant lastActivity, @Nullable Instant completedAt, List<QuizOutcome> quizzes) {
}
