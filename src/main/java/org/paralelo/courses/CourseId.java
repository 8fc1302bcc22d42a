package org.paralelo.courses;

/** Identifies a course across modules. */
public record CourseId(long value) {
}
