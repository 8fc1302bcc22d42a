package org.paralelo.learning;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Where one learner stands on one quiz of the course, for the trainer's table and its CSV: the quiz with its
 * title, the grade that counts (null until one is graded) and whether it passes. Shown through {@link
 * #messageKey()} with {@link #percentText()} as its argument, e.g. "85 % · aprobado".
 */
public record QuizStanding(CourseQuiz quiz, int attemptsUsed, @Nullable BigDecimal gradePercent, boolean passed,
                           boolean awaitingGrading) {

    public String messageKey() {
        if (awaitingGrading) {
            return "learning.learners.quiz-awaiting";
        }
        if (gradePercent == null) {
            return attemptsUsed == 0 ? "learning.learners.quiz-none" : "learning.learners.quiz-underway";
        }
        return passed ? "learning.learners.quiz-passed" : "learning.learners.quiz-failed";
    }

    /** The grade without trailing zeros ("85", "72.5"), or empty while there is none. */
    public String percentText() {
        return gradePercent == null ? "" : gradePercent.stripTrailingZeros().toPlainString();
    }
}
