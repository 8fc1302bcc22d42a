package org.paralelo.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the learner's attempts at a quiz, as listed on the quiz's intro page. */
public record AttemptSummary(long id, int number, AttemptState state, Instant startedAt, @Nullable Instant submittedAt,
                             @Nullable BigDecimal gradePercent) {
}
