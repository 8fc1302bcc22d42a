package org.paralelo.learning;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonFacts;

/**
 * One learner in a trainer's table: who and where, progress on required items, last activity, and their standing on
 * every quiz of the course, in course order.
 */
public record LearnerRow(PersonFacts person, int requiredDone, int requiredTotal, int percent,
                         @Nullable Instant lastActivity, @Nullable Instant completedAt, List<QuizStanding> quizzes) {
}
