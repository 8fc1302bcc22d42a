package org.paralelo.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.domain.QuizAnswer;
import org.paralelo.assessment.domain.QuizAnswerRepository;
import org.paralelo.assessment.domain.QuizAttempt;
import org.paralelo.assessment.domain.QuizAttemptRepository;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ends attempts: grades every saved answer with {@link Grading} (essays stay pending), stores the scores, and
 * announces the final grade with {@link QuizAttemptGraded}. Callers hold the attempt's row lock, so an attempt is
 * graded exactly once however many submits arrive.
 */
@Component
class AttemptGrading {

    private final QuizAttemptRepository attempts;
    private final QuizAnswerRepository answers;
    private final FrozenQuizzes frozen;
    private final Standings standings;
    private final AssessmentJson json;
    private final ApplicationEventPublisher events;

    AttemptGrading(QuizAttemptRepository attempts, QuizAnswerRepository answers, FrozenQuizzes frozen,
                   Standings standings, AssessmentJson json, ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.answers = answers;
        this.frozen = frozen;
        this.standings = standings;
        this.json = json;
        this.events = events;
    }

    /**
     * Submits an open attempt with the answers saved so far and returns them as graded, in order (so that showing the
     * result need not read them again); does nothing to an attempt already submitted, and returns null then.
     */
    @Nullable List<QuizAnswer> submit(QuizAttempt attempt, Instant now) {
        if (!attempt.getState().open()) {
            return null;
        }
        PublishedQuiz quiz = frozen.of(attempt.getCourseId(), attempt.getCourseVersion(), attempt.getItemKey());
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        boolean pending = false;
        List<QuizAnswer> all = answers.findByAttemptIdOrderByPosition(attempt.getId());
        for (QuizAnswer answer : all) {
            Question question = quiz.question(answer.getQuestionKey()).orElseThrow().question();
            Score score = Grading.score(question, json.response(answer.getResponse()));
            answer.scored(score.points(), score.pending());
            total = total.add(score.points());
            max = max.add(score.maxPoints());
            pending |= score.pending();
        }
        attempt.submitted(now, total, max, pending);
        attempts.saveAndFlush(attempt);
        if (attempt.getState() == AttemptState.GRADED) {
            announce(attempt);
        }
        return all;
    }

    /**
     * After a trainer grades an essay: once none is pending, the attempt gets its final grade. A grade corrected
     * later (a second grading of an already graded attempt) recomputes that final grade and announces it again.
     */
    void gradeIfComplete(QuizAttempt attempt, Instant now) {
        List<QuizAnswer> all = answers.findByAttemptIdOrderByPosition(attempt.getId());
        boolean gradable = attempt.getState() == AttemptState.AWAITING_GRADING
                || attempt.getState() == AttemptState.GRADED;
        if (!gradable || all.stream().anyMatch(QuizAnswer::isPending)) {
            return;
        }
        BigDecimal total = all.stream().map(a -> a.getPoints() == null ? BigDecimal.ZERO : a.getPoints())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        attempt.graded(now, total);
        attempts.saveAndFlush(attempt);
        announce(attempt);
    }

    private void announce(QuizAttempt attempt) {
        QuizOutcome standing = standings.of(attempts.findByCourseIdAndItemKeyAndLearnerIdOrderByNumber(
                attempt.getCourseId(), attempt.getItemKey(), attempt.getLearnerId()));
        events.publishEvent(new QuizAttemptGraded(new CourseId(attempt.getCourseId()), attempt.getItemKey(),
                new PersonId(attempt.getLearnerId()), attempt.getId(), standing.passed()));
    }
}
