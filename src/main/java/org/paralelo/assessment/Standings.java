package org.paralelo.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.domain.QuizAttempt;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;
import org.springframework.stereotype.Component;

/**
 * A learner's standing on one quiz from their attempts: the grade that counts under the grading policy (best,
 * last or average of the graded attempts) and the pass mark, both taken from the quiz as frozen for the latest
 * attempt.
 */
@Component
class Standings {

    private final FrozenQuizzes frozen;

    Standings(FrozenQuizzes frozen) {
        this.frozen = frozen;
    }

    /** {@code attempts}: one learner's attempts at one quiz, in attempt order. */
    QuizOutcome of(List<QuizAttempt> attempts) {
        QuizAttempt latest = attempts.getLast();
        QuizSettings settings = frozen.of(latest.getCourseId(), latest.getCourseVersion(), latest.getItemKey())
                .settings();
        BigDecimal grade = grade(settings.gradingPolicy(), attempts);
        boolean passed = grade != null && grade.compareTo(BigDecimal.valueOf(settings.passMarkPercent())) >= 0;
        boolean awaiting = attempts.stream().anyMatch(a -> a.getState() == AttemptState.AWAITING_GRADING);
        Instant last = attempts.stream().map(a -> a.getSubmittedAt() != null ? a.getSubmittedAt() : a.getStartedAt())
                .max(Comparator.naturalOrder()).orElse(null);
        return new QuizOutcome(new CourseId(latest.getCourseId()), latest.getItemKey(),
                new PersonId(latest.getLearnerId()), attempts.size(), grade, passed, awaiting, last);
    }

    static @Nullable BigDecimal grade(GradingPolicy policy, List<QuizAttempt> attempts) {
        List<BigDecimal> grades = attempts.stream().filter(a -> a.getState() == AttemptState.GRADED)
                .map(QuizAttempt::getGradePercent).filter(Objects::nonNull).toList();
        if (grades.isEmpty()) {
            return null;
        }
        return switch (policy) {
            case BEST -> grades.stream().max(Comparator.naturalOrder()).orElseThrow();
            case LAST -> grades.getLast();
            case AVERAGE -> grades.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(grades.size()), 2, RoundingMode.HALF_UP);
        };
    }
}
