package org.paralelo.courses;

/** Something in the draft changed; search refreshes the trainers' view of drafts. */
public record CourseDraftChanged(CourseId course) {
}
