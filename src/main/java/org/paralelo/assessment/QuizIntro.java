package org.paralelo.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;

/**
 * What the learner sees before starting: the settings, how many questions, attempts used and left ({@code null}
 * = unlimited), the open attempt to resume if any, whether a new attempt may start (and if not, the message key
 * saying why), past attempts and the grade that counts.
 */
public record QuizIntro(CourseId course, String itemKey, String title, QuizSettings settings, int questionCount,
                        int attemptsUsed, @Nullable Integer attemptsLeft, @Nullable Long openAttemptId,
                        @Nullable String cannotStartReason, List<AttemptSummary> attempts,
                        @Nullable BigDecimal gradePercent, boolean passed) {

    public boolean canStart() {
        return openAttemptId != null || cannotStartReason == null;
    }
}
