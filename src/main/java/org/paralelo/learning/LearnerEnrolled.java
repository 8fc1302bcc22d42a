package org.paralelo.learning;

import java.time.Instant;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/** A person was enrolled in a course (by themselves, a trainer, a coordinator or a run they joined). */
public record LearnerEnrolled(CourseId course, PersonId learner, Instant enrolledAt) {
}
