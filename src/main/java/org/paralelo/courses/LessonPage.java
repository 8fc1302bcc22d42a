package org.paralelo.courses;

import org.jspecify.annotations.Nullable;

/** One lesson ready to show: sanitised HTML plus the neighbours for previous/next navigation. */
public record LessonPage(CourseId course, String courseTitle, String moduleTitle, String itemKey, String title,
                         String safeHtml, @Nullable String previousItemKey, @Nullable String nextItemKey) {
}
