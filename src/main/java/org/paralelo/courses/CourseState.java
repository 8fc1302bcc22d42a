package org.paralelo.courses;

/**
 * Where a course stands. A course is visible to learners only while PUBLISHED; its draft is always editable by
 * its trainers, and an ARCHIVED course keeps its history but leaves every list except the archive.
 */
public enum CourseState {
    DRAFT, PUBLISHED, UNPUBLISHED, ARCHIVED
}
