package org.paralelo.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/**
 * Where one learner stands on one quiz of a course: the grade that counts under the quiz's grading policy (null
 * while nothing is graded yet, e.g. an essay awaits its trainer), whether it passes, and how many attempts were
 * used.
 */
public record QuizOutcome(CourseId course, String itemKey, PersonId learner, int attemptsUsed,
                          @Nullable BigDecimal gradePercent, boolean passed, boolean awaitingGrading,
                          @Nullable Instant lastActivity) {
}
