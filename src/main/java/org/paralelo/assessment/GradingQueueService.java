package org.paralelo.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.domain.QuizAnswer;
import org.paralelo.assessment.domain.QuizAnswerRepository;
import org.paralelo.assessment.domain.QuizAttempt;
import org.paralelo.assessment.domain.QuizAttemptRepository;
import org.paralelo.base.InputChecks;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manual grading queue: essays of submitted attempts, for the trainers of their course (and admins). When the
 * last essay of an attempt is graded, the attempt gets its final grade.
 */
@Service
@Transactional
public class GradingQueueService {

    public static final int MAX_COMMENT = 5000;

    private final QuizAttemptRepository attempts;
    private final QuizAnswerRepository answers;
    private final FrozenQuizzes frozen;
    private final AttemptGrading grading;
    private final CatalogueService catalogue;
    private final CourseAccess access;
    private final PersonDirectory people;
    private final ProfileService profiles;
    private final AssessmentJson json;
    private final Clock clock;

    GradingQueueService(QuizAttemptRepository attempts, QuizAnswerRepository answers, FrozenQuizzes frozen,
                        AttemptGrading grading, CatalogueService catalogue, CourseAccess access,
                        PersonDirectory people, ProfileService profiles, AssessmentJson json, Clock clock) {
        this.attempts = attempts;
        this.answers = answers;
        this.frozen = frozen;
        this.grading = grading;
        this.catalogue = catalogue;
        this.access = access;
        this.people = people;
        this.profiles = profiles;
        this.json = json;
        this.clock = clock;
    }

    /** Every essay waiting for a grade in the courses the signed-in trainer teaches (all courses for admins). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<PendingEssay> myQueue() {
        return pending(catalogue.coursesITeach().stream().map(CourseCard::id).map(CourseId::value).toList());
    }

    /** The essays waiting for a grade in one course. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    @Transactional(readOnly = true)
    public List<PendingEssay> queue(CourseId course) {
        return pending(List.of(course.value()));
    }

    /**
     * Grades one essay: points between zero and the question's points (two decimals at most) and an optional
     * comment for the learner. Only the course's trainers and admins; any other attempt id reads as not found.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public void grade(long attemptId, String questionKey, BigDecimal points, String comment) {
        QuizAttempt attempt = attempts.lockById(attemptId)
                .filter(a -> access.canEdit(new CourseId(a.getCourseId())))
                .orElseThrow(() -> new UserFacingException("error.attempt.not-found"));
        QuizAnswer answer = answers.findByAttemptIdAndQuestionKey(attemptId, questionKey)
                .orElseThrow(() -> new UserFacingException("error.attempt.question-not-in-attempt"));
        Question question = frozen.of(attempt.getCourseId(), attempt.getCourseVersion(), attempt.getItemKey())
                .question(questionKey).orElseThrow().question();
        if (!(question.body() instanceof Essay) || attempt.getState() == AttemptState.IN_PROGRESS) {
            throw new UserFacingException("error.attempt.not-gradable");
        }
        String note = comment == null ? "" : comment.strip();
        new InputChecks()
                .require(points != null && points.signum() >= 0 && points.compareTo(answer.getMaxPoints()) <= 0,
                        "points", "error.attempt.points-range",
                        answer.getMaxPoints().stripTrailingZeros().toPlainString())
                .require(points == null || points.stripTrailingZeros().scale() <= 2, "points",
                        "error.attempt.points-decimals")
                .optionalText(note, "comment", MAX_COMMENT)
                .throwIfAny();
        answer.gradedByHand(points, note, profiles.myId().map(PersonId::value).orElse(0L), clock.instant());
        answers.saveAndFlush(answer);
        grading.gradeIfComplete(attempt, clock.instant());
    }

    private List<PendingEssay> pending(Collection<Long> courses) {
        if (courses.isEmpty()) {
            return List.of();
        }
        List<PendingEssay> essays = new ArrayList<>();
        for (QuizAttempt attempt : attempts.findByCourseIdInAndStateOrderBySubmittedAt(courses,
                AttemptState.AWAITING_GRADING)) {
            PublishedQuiz quiz = frozen.of(attempt.getCourseId(), attempt.getCourseVersion(), attempt.getItemKey());
            PersonId learner = new PersonId(attempt.getLearnerId());
            String name = people.displayName(learner).orElse("");
            for (QuizAnswer answer : answers.findByAttemptIdOrderByPosition(attempt.getId())) {
                if (!answer.isPending()) {
                    continue;
                }
                Question question = quiz.question(answer.getQuestionKey()).orElseThrow().question();
                String text = json.response(answer.getResponse()) instanceof Response.Text t ? t.text() : "";
                String info = question.body() instanceof Essay essay ? essay.graderInfo() : "";
                essays.add(new PendingEssay(attempt.getId(), new CourseId(attempt.getCourseId()),
                        attempt.getItemKey(), quiz.title(), learner, name, answer.getQuestionKey(), question.text(),
                        info, text, answer.getMaxPoints(), attempt.getSubmittedAt()));
            }
        }
        return essays;
    }
}
