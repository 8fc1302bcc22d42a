package org.paralelo.assessment;

import java.time.Instant;
import org.paralelo.courses.CourseId;

/**
 * When a quiz of a course stops taking attempts (the end of its closing day, Mexico City time). {@code version} is
 * the course's published version it comes from: a closing date only changes with a new version, so it only grows.
 */
public record QuizClosing(CourseId course, String itemKey, String title, Instant closesAt, int version) {
}
