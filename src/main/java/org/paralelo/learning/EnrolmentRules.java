package org.paralelo.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A course's enrolment rules as trainers edit them: whether learners may enrol themselves, the optional window
 * in which they may (start inclusive, end exclusive), and how lessons complete.
 */
public record EnrolmentRules(boolean selfEnrolment, @Nullable Instant opensAt, @Nullable Instant closesAt,
                             CompletionMode completionMode, long version) {
}
