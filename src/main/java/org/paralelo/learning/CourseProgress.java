package org.paralelo.learning;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;

/**
 * A learner's progress through a course: the outline with statuses, the required items done (the progress bar
 * counts required items only) and the next step for "Continue".
 */
public record CourseProgress(CourseId course, List<OutlineItem> outline, int requiredDone, int requiredTotal,
                             @Nullable String nextItemKey, @Nullable Instant lastActivity,
                             @Nullable Instant completedAt) {

    /** 0.0 to 1.0; a course with nothing required counts as done only once completed. */
    public double fraction() {
        if (requiredTotal == 0) {
            return completedAt == null ? 0 : 1;
        }
        return (double) requiredDone / requiredTotal;
    }

    public int percent() {
        return (int) Math.floor(fraction() * 100);
    }

    public @Nullable OutlineItem next() {
        return nextItemKey == null ? null
                : outline.stream().filter(i -> i.key().equals(nextItemKey)).findFirst().orElse(null);
    }
}
