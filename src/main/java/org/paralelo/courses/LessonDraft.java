package org.paralelo.courses;

/** One lesson's editable content. */
public record LessonDraft(CourseId course, String itemKey, String title, boolean required, String markdown,
                          long version) {
}
