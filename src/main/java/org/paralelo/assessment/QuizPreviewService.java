package org.paralelo.assessment;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.paralelo.assessment.domain.QuizAttempt;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Preview as learner" for quizzes: the quiz exactly as the next published version would freeze it, played by
 * someone who may edit the course. Nothing is recorded — no attempt, no answer, no grade, no progress — so the
 * draw, the answers and the result live only in the trainer's screen. Its intro counts no attempts, and a quiz that
 * could not be published yet is refused with the reason publishing would give.
 */
@Service
@Transactional(readOnly = true)
public class QuizPreviewService {

    private final QuizPublication publication;
    private final Clock clock;
    private final Random random = new SecureRandom();

    QuizPreviewService(QuizPublication publication, Clock clock) {
        this.publication = publication;
        this.clock = clock;
    }

    /** The intro a learner with no attempts would see; empty if the draft has no quiz with that key. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public Optional<QuizIntro> intro(CourseId course, String itemKey) {
        return publication.draft(course, itemKey).map(quiz -> new QuizIntro(course, itemKey, quiz.title(),
                quiz.settings(), quiz.questionCount(), 0, quiz.settings().attemptsAllowed() == 0 ? null
                : quiz.settings().attemptsAllowed(), null, null, List.of(), null, false));
    }

    /** A fresh draw of the draft quiz, unanswered, without a time limit; it exists only in the answer. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public AttemptView start(CourseId course, String itemKey) {
        PublishedQuiz quiz = draft(course, itemKey);
        List<String> keys = QuestionDraw.draw(quiz, random);
        return view(course, quiz, keys, Map.of(), false);
    }

    /**
     * Grades the given answers to the drawn questions as a submission would, with every review shown whatever the
     * quiz's feedback timing (the trainer wants to see it). Questions not in the quiz are refused.
     */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public AttemptView grade(CourseId course, String itemKey, List<String> questionKeys,
                             Map<String, Response> responses) {
        PublishedQuiz quiz = draft(course, itemKey);
        for (String key : questionKeys) {
            Question question = quiz.question(key).orElseThrow(
                    () -> InvalidInputException.of("question", "error.attempt.question-not-in-attempt")).question();
            AnswerRules.check(key, question, responses.getOrDefault(key, new Response.Unanswered()));
        }
        return view(course, quiz, questionKeys, responses, true);
    }

    private PublishedQuiz draft(CourseId course, String itemKey) {
        return publication.draft(course, itemKey).orElseThrow(() -> new UserFacingException("error.attempt.not-found"));
    }

    private AttemptView view(CourseId course, PublishedQuiz quiz, List<String> keys, Map<String, Response> responses,
                             boolean graded) {
        Map<String, LearnerQuiz.LearnerQuestion> shown = new HashMap<>();
        quiz.forLearners().slots().forEach(s -> s.questions().forEach(q -> shown.putIfAbsent(q.key(), q)));
        List<AttemptView.AttemptQuestion> questions = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        boolean pending = false;
        int number = 0;
        for (String key : keys) {
            Question question = quiz.question(key).orElseThrow().question();
            Response response = responses.getOrDefault(key, new Response.Unanswered());
            boolean answered = question.type().answered();
            AttemptView.Review review = null;
            if (graded && answered) {
                Score score = Grading.score(question, response);
                total = total.add(score.points());
                max = max.add(score.maxPoints());
                pending |= score.pending();
                review = new AttemptView.Review(score.points(), score.maxPoints(), score.pending(),
                        Grading.feedback(question, response), RightAnswers.of(question), null);
            }
            questions.add(new AttemptView.AttemptQuestion(answered ? ++number : 0, shown.get(key), response, 0,
                    review));
        }
        Instant now = clock.instant();
        AttemptView.Result result = null;
        if (graded) {
            BigDecimal percent = pending ? null : QuizAttempt.percent(total, max);
            result = new AttemptView.Result(total, max, percent, percent == null ? null
                    : percent.compareTo(BigDecimal.valueOf(quiz.settings().passMarkPercent())) >= 0, true);
        }
        AttemptState state = !graded ? AttemptState.IN_PROGRESS
                : pending ? AttemptState.AWAITING_GRADING : AttemptState.GRADED;
        return new AttemptView(0, course, quiz.itemKey(), quiz.title(), quiz.settings(), 0, state, now, null,
                graded ? now : null, questions, result);
    }
}
