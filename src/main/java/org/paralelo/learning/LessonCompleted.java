package org.paralelo.learning;

import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/** A learner finished a lesson (first time only). */
public record LessonCompleted(CourseId course, String itemKey, PersonId learner) {
}
