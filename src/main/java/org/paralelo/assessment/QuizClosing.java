package org.paralelo.assessment;

import java.time.Instant;
import org.paralelo.courses.CourseId;

/** When a quiz of a course stops taking attempts (the end of its closing day, Mexico City time). */
public record QuizClosing(CourseId course, String itemKey, String title, Instant closesAt) {
}
