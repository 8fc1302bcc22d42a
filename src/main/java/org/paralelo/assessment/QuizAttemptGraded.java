package org.paralelo.assessment;

import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/**
 * An attempt got its final grade: at submission when every question grades itself, or when a trainer finishes
 * grading its essays. {@code passed} is the learner's standing on the quiz after this grade (grading policy
 * applied), which is what completion rules read.
 */
public record QuizAttemptGraded(CourseId course, String itemKey, PersonId learner, long attemptId, boolean passed) {
}
