package org.paralelo.courses;

/** The course is no longer visible to learners (unpublished or archived). */
public record CourseUnpublished(CourseId course) {
}
