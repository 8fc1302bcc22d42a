package org.paralelo.learning;

import org.jspecify.annotations.Nullable;
import org.paralelo.courses.LessonPage;

/**
 * A lesson as the player shows it: the page, the outline with statuses (null for a trainer or admin who reads
 * without being enrolled), and how the course completes lessons.
 */
public record LessonVisit(LessonPage page, @Nullable CourseProgress progress, CompletionMode completionMode) {

    public boolean tracked() {
        return progress != null;
    }
}
