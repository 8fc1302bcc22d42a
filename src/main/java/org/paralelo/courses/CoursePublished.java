package org.paralelo.courses;

/**
 * A new immutable version of the course is published. Listeners that must publish with it (quiz snapshots)
 * listen before commit; search and learning listen after commit.
 */
public record CoursePublished(CourseId course, int version) {
}
