package org.paralelo.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;

/**
 * One of the signed-in learner's courses on their home: its title, their progress and any certificate. A completed
 * course that is no longer published keeps its place as completed, without progress (its outline is gone) and
 * with the title as certified; {@code title} is null only if such a course has no certificate either.
 */
public record MyCourse(CourseId course, @Nullable String title, @Nullable CourseProgress progress,
                       @Nullable Instant completedAt, @Nullable CertificateView certificate) {

    /** Whether the course is published now, so its page and lessons can be opened. */
    public boolean published() {
        return progress != null;
    }

    public boolean completed() {
        return completedAt != null;
    }

    /** For ordering the home: the last activity while published, else the completion. */
    public @Nullable Instant lastActivity() {
        return progress != null ? progress.lastActivity() : completedAt;
    }
}
