package org.paralelo.reporting.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the progress summary: a person's enrolment in a course as reports count it. */
public record ProgressSummary(long courseId, long personId, @Nullable Instant enrolledAt,
                              @Nullable Instant lastActivityAt, @Nullable Instant completedAt,
                              @Nullable Instant certifiedAt, @Nullable Double quizPercent) {
}
