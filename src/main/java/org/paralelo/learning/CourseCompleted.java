package org.paralelo.learning;

import java.time.Instant;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/** A learner met every completion rule of a course. */
public record CourseCompleted(CourseId course, PersonId learner, Instant completedAt) {
}
