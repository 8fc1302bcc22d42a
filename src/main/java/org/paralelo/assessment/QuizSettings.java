package org.paralelo.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InputChecks;

/**
 * How a quiz runs: the pass mark, how many attempts (0 = unlimited), the time limit in minutes (0 = none),
 * shuffling, when feedback is shown, which attempt counts, and an optional closing date (the quiz closes at the
 * end of that day; feedback "after the quiz closes" needs one).
 */
public record QuizSettings(int passMarkPercent, int attemptsAllowed, int timeLimitMinutes, boolean shuffleQuestions,
                           boolean shuffleAnswers, FeedbackTiming feedbackTiming, GradingPolicy gradingPolicy,
                           @Nullable LocalDate closesOn) {

    public static final int MAX_ATTEMPTS = 100;
    public static final int MAX_TIME_LIMIT_MINUTES = 600;

    public QuizSettings {
        feedbackTiming = feedbackTiming == null ? FeedbackTiming.AFTER_SUBMIT : feedbackTiming;
        gradingPolicy = gradingPolicy == null ? GradingPolicy.BEST : gradingPolicy;
    }

    /** A new quiz: pass with 70 %, unlimited attempts, no time limit, answers shuffled, feedback after submitting. */
    public static QuizSettings defaults() {
        return new QuizSettings(70, 0, 0, false, true, FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST, null);
    }

    public void check(InputChecks checks) {
        checks.require(passMarkPercent >= 0 && passMarkPercent <= 100, "passMark", "error.quiz.pass-mark")
                .require(attemptsAllowed >= 0 && attemptsAllowed <= MAX_ATTEMPTS, "attempts", "error.quiz.attempts",
                        MAX_ATTEMPTS)
                .require(timeLimitMinutes >= 0 && timeLimitMinutes <= MAX_TIME_LIMIT_MINUTES, "timeLimit",
                        "error.quiz.time-limit", MAX_TIME_LIMIT_MINUTES)
                .require(feedbackTiming != FeedbackTiming.AFTER_CLOSE || closesOn != null, "closesOn",
                        "error.quiz.close-date-required");
    }
}
