package org.paralelo.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;

/**
 * An attempt as its learner sees it: the questions drawn for it in their order, each with the saved answer and
 * its revision, the result once submitted, and per-question review only when the quiz's feedback timing allows
 * (before that no right answer or feedback text is in this record).
 */
public record AttemptView(long id, CourseId course, String itemKey, String title, QuizSettings settings, int number,
                          AttemptState state, Instant startedAt, @Nullable Instant deadline,
                          @Nullable Instant submittedAt, List<AttemptQuestion> questions,
                          @Nullable Result result) {

    /**
     * One question of the attempt; {@code number} counts questions only (a description between them has 0);
     * {@code review} is null until feedback is due (with immediate feedback: until the learner checks this answer,
     * which then stays as it is).
     */
    public record AttemptQuestion(int number, LearnerQuiz.LearnerQuestion question, Response response, int revision,
                                  @Nullable Review review) {
    }

    /**
     * Points for one answer (pending for an essay a trainer has not graded yet), the feedback texts, the right
     * answer(s) in words, and the trainer's comment on an essay.
     */
    public record Review(BigDecimal points, BigDecimal maxPoints, boolean pending, List<String> feedback,
                         List<String> rightAnswers, @Nullable String graderComment) {
    }

    /** The attempt's score; {@code gradePercent} and {@code passed} are null while essays await grading. */
    public record Result(BigDecimal score, BigDecimal maxScore, @Nullable BigDecimal gradePercent,
                         @Nullable Boolean passed, boolean reviewShown) {
    }

    /** How many questions the attempt has, descriptions left out. */
    public int questionCount() {
        return (int) questions.stream().filter(q -> q.question().type().answered()).count();
    }

    public boolean open() {
        return state.open();
    }
}
