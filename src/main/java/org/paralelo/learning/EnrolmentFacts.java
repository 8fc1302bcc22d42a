package org.paralelo.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/**
 * One enrolment as reports count it: when it began, the learner's last activity, when the course was completed and
 * when its certificate was issued (null if none, or revoked). {@code enrolmentId} orders a full read page by page.
 */
public record EnrolmentFacts(long enrolmentId, CourseId course, PersonId learner, Instant enrolledAt,
                             @Nullable Instant lastActivityAt, @Nullable Instant completedAt,
                             @Nullable Instant certifiedAt) {
}
