package org.paralelo.courses;

/** Where a course stands: only published courses are visible to learners. */
public enum CourseStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
