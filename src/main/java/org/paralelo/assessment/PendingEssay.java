package org.paralelo.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/** An essay waiting in the manual grading queue, with the grader's notes and what the learner wrote. */
public record PendingEssay(long attemptId, CourseId course, String itemKey, String quizTitle, PersonId learner,
                           String learnerName, String questionKey, String questionText, String graderInfo,
                           String answer, BigDecimal maxPoints, @Nullable Instant submittedAt) {
}
