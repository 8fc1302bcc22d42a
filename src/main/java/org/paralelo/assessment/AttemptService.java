package org.paralelo.assessment;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.domain.QuizAnswer;
import org.paralelo.assessment.domain.QuizAnswerRepository;
import org.paralelo.assessment.domain.QuizAttempt;
import org.paralelo.assessment.domain.QuizAttemptRepository;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking a quiz: start (or resume the open attempt), save each answer as it changes, submit. Learners reach only
 * their own attempts; someone else's attempt id is answered exactly like an id that does not exist.
 *
 * <p>Every change of an attempt first takes the attempt's row lock, so saves and submits of one attempt run one
 * at a time: a double submit, two tabs or a replayed request grade it exactly once, and no answer slips in after
 * the submission. Time runs on the server's clock; an attempt past its deadline is submitted with the answers
 * saved so far the moment anyone touches it (and by {@link ExpiredAttemptSweep} otherwise).
 */
@Service
@Transactional
public class AttemptService {

    /** The longest essay answer accepted, in characters. */
    public static final int MAX_ESSAY = AnswerRules.MAX_ESSAY;

    private final QuizAttemptRepository attempts;
    private final QuizAnswerRepository answers;
    private final FrozenQuizzes frozen;
    private final AttemptGrading grading;
    private final Standings standings;
    private final CatalogueService catalogue;
    private final ProfileService profiles;
    private final AssessmentJson json;
    private final Clock clock;
    private final TransactionTemplate inTransaction;
    private final CourseAccess courseAccess;
    private final Random random = new SecureRandom();

    AttemptService(QuizAttemptRepository attempts, QuizAnswerRepository answers, FrozenQuizzes frozen,
                   AttemptGrading grading, Standings standings, CatalogueService catalogue, ProfileService profiles,
                   AssessmentJson json, Clock clock, PlatformTransactionManager transactions,
                   CourseAccess courseAccess) {
        this.courseAccess = courseAccess;
        this.attempts = attempts;
        this.answers = answers;
        this.frozen = frozen;
        this.grading = grading;
        this.standings = standings;
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.json = json;
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    /** The quiz's intro page for the signed-in learner; empty if the course has no such quiz now. */
    @PreAuthorize("@courseAccess.canRead(#course)")
    public Optional<QuizIntro> intro(CourseId course, String itemKey) {
        Optional<PublishedQuiz> quiz = currentQuiz(course, itemKey);
        if (quiz.isEmpty()) {
            return Optional.empty();
        }
        PersonId me = me();
        Instant now = clock.instant();
        List<QuizAttempt> mine = mine(course, itemKey, me, now);
        QuizSettings settings = quiz.get().settings();
        QuizAttempt open = mine.stream().filter(a -> a.getState().open()).findFirst().orElse(null);
        Integer left = settings.attemptsAllowed() == 0 ? null
                : Math.max(0, settings.attemptsAllowed() - mine.size());
        String reason = QuizCalendar.closed(settings, now) ? "error.attempt.quiz-closed"
                : left != null && left == 0 ? "error.attempt.no-attempts-left" : null;
        QuizOutcome standing = mine.isEmpty() ? null : standings.of(mine);
        return Optional.of(new QuizIntro(course, itemKey, quiz.get().title(), settings,
                quiz.get().questionCount(), mine.size(), left, open == null ? null : open.getId(),
                open == null ? reason : null, mine.stream().map(AttemptService::summary).toList(),
                standing == null ? null : standing.gradePercent(), standing != null && standing.passed()));
    }

    /**
     * Starts an attempt at the course's current version of the quiz, or returns the open one (whatever version it
     * was started on). Two tabs starting at once get the same attempt. Refused when the quiz has closed or no
     * attempts are left.
     */
    @PreAuthorize("@courseAccess.canRead(#course)")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long start(CourseId course, String itemKey) {
        return startOrResumeRetrying(course, itemKey).id();
    }

    /**
     * {@link #start}, answering with the attempt's summary: its number (which the player's address carries) comes
     * from the start's own transaction, not from reading the attempt again in another one (issue 16).
     */
    @PreAuthorize("@courseAccess.canRead(#course)")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AttemptSummary startAttempt(CourseId course, String itemKey) {
        return startOrResumeRetrying(course, itemKey);
    }

    private AttemptSummary startOrResumeRetrying(CourseId course, String itemKey) {
        for (int tries = 1; ; tries++) {
            try {
                return Objects.requireNonNull(inTransaction.execute(status -> startOrResume(course, itemKey)));
            } catch (DataIntegrityViolationException raced) {
                // Another tab created this attempt number at the same moment: the next round resumes it.
                if (tries == 3) {
                    throw raced;
                }
            }
        }
    }

    private AttemptSummary startOrResume(CourseId course, String itemKey) {
        PublishedQuiz quiz = currentQuiz(course, itemKey)
                .orElseThrow(() -> new UserFacingException("error.attempt.not-found"));
        PersonId me = me();
        Instant now = clock.instant();
        List<QuizAttempt> mine = mine(course, itemKey, me, now);
        Optional<QuizAttempt> open = mine.stream().filter(a -> a.getState().open()).findFirst();
        if (open.isPresent()) {
            return summary(open.get());
        }
        QuizSettings settings = quiz.settings();
        if (QuizCalendar.closed(settings, now)) {
            throw new UserFacingException("error.attempt.quiz-closed");
        }
        if (settings.attemptsAllowed() > 0 && mine.size() >= settings.attemptsAllowed()) {
            throw new UserFacingException("error.attempt.no-attempts-left");
        }
        Instant deadline = settings.timeLimitMinutes() == 0 ? null
                : now.plus(Duration.ofMinutes(settings.timeLimitMinutes()));
        Instant closes = QuizCalendar.closesAt(settings);
        if (closes != null && (deadline == null || closes.isBefore(deadline))) {
            deadline = closes;
        }
        List<String> keys = QuestionDraw.draw(quiz, random);
        int number = mine.stream().mapToInt(QuizAttempt::getNumber).max().orElse(0) + 1;
        QuizAttempt attempt = attempts.saveAndFlush(new QuizAttempt(course.value(), quiz.courseVersion(), itemKey,
                me.value(), number, keys, now, deadline));
        String blank = json.write(new Response.Unanswered());
        for (int i = 0; i < keys.size(); i++) {
            Question question = quiz.question(keys.get(i)).orElseThrow().question();
            answers.save(new QuizAnswer(attempt.getId(), i, keys.get(i), blank, question.points(), now));
        }
        answers.flush();
        return summary(attempt);
    }

    /**
     * The id of the signed-in learner's attempt with this number (1 for their first) at the quiz, so addresses
     * carry the number the learner sees rather than a database id; empty if they have no such attempt.
     */
    @PreAuthorize("@courseAccess.canRead(#course)")
    @Transactional(readOnly = true)
    public Optional<Long> myAttempt(CourseId course, String itemKey, int number) {
        return profiles.myId().flatMap(me -> attempts.findByCourseIdAndItemKeyAndLearnerIdOrderByNumber(
                course.value(), itemKey, me.value()).stream().filter(a -> a.getNumber() == number)
                .map(QuizAttempt::getId).findFirst());
    }

    /**
     * The learner's attempt by its number, as {@link #attempt} shows it: what the quiz page opened on an attempt
     * needs, in one transaction with the reader check inside it (issue 16; {@code @PreAuthorize} runs before the
     * transaction starts, so {@link #myAttempt} then {@link #attempt} took three transactions).
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<AttemptView> myAttemptView(CourseId course, String itemKey, int number) {
        if (!courseAccess.canRead(course)) {
            throw new AccessDeniedException("Not a reader of course " + course.value());
        }
        return profiles.myId().flatMap(me -> attempts.findByCourseIdAndItemKeyAndLearnerIdOrderByNumber(
                course.value(), itemKey, me.value()).stream().filter(a -> a.getNumber() == number)
                .map(QuizAttempt::getId).findFirst()).map(this::attempt);
    }

    /** One of the signed-in learner's attempts, with their saved answers; review only once feedback is due. */
    @PreAuthorize("isAuthenticated()")
    public AttemptView attempt(long attemptId) {
        // Locked like a change: an attempt whose time is up is submitted right here.
        QuizAttempt attempt = attempts.lockById(attemptId).filter(this::mine).orElseThrow(AttemptService::notFound);
        Instant now = clock.instant();
        return view(attempt, now, attempt.expiredAt(now) ? grading.submit(attempt, now) : null);
    }

    /**
     * Saves one answer of an open attempt, replacing the previous one; the same answer again changes nothing and
     * is acknowledged with the same revision. Refused (the saved answer stays) when the question is not in the
     * attempt, the answer does not fit the question, or the attempt's time is up: then it is submitted with what
     * was saved before, and that submission is kept.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = UserFacingException.class)
    public SavedAnswer saveAnswer(long attemptId, String questionKey, Response response) {
        QuizAttempt attempt = lockMine(attemptId);
        Instant now = clock.instant();
        QuizAnswer answer = answers.findByAttemptIdAndQuestionKey(attemptId, questionKey)
                .orElseThrow(() -> InvalidInputException.of("question", "error.attempt.question-not-in-attempt"));
        if (answer.isChecked()) {
            throw InvalidInputException.of(questionKey, "error.attempt.answer-checked");
        }
        Question question = frozen.of(attempt.getCourseId(), attempt.getCourseVersion(), attempt.getItemKey())
                .question(questionKey).orElseThrow().question();
        AnswerRules.check(questionKey, question, response);
        if (!json.response(answer.getResponse()).equals(response)) {
            answer.answer(json.write(response), now);
            answers.saveAndFlush(answer);
        }
        return new SavedAnswer(attemptId, questionKey, answer.getRevision(), answer.getSavedAt());
    }

    /**
     * With immediate feedback: shows the feedback for one saved answer of the open attempt, which from then on can
     * no longer change (so the right answer, once seen, cannot be copied in). Refused for blank answers and for
     * quizzes whose feedback comes later.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = UserFacingException.class)
    public AttemptView checkAnswer(long attemptId, String questionKey) {
        QuizAttempt attempt = lockMine(attemptId);
        PublishedQuiz quiz = frozen.of(attempt.getCourseId(), attempt.getCourseVersion(), attempt.getItemKey());
        if (quiz.settings().feedbackTiming() != FeedbackTiming.IMMEDIATELY) {
            throw new UserFacingException("error.attempt.no-immediate-feedback");
        }
        QuizAnswer answer = answers.findByAttemptIdAndQuestionKey(attemptId, questionKey)
                .orElseThrow(() -> InvalidInputException.of("question", "error.attempt.question-not-in-attempt"));
        Response response = json.response(answer.getResponse());
        if (response instanceof Response.Unanswered) {
            throw InvalidInputException.of(questionKey, "error.attempt.check-unanswered");
        }
        if (!answer.isChecked()) {
            Score score = Grading.score(quiz.question(questionKey).orElseThrow().question(), response);
            answer.checked(score.points(), score.pending());
            answers.saveAndFlush(answer);
        }
        return view(attempt, clock.instant());
    }

    /**
     * Submits the attempt and grades it, and shows it as {@link #attempt} would (the result page needs no other
     * transaction). Submitting again (another tab, a replayed request) changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    public AttemptView submit(long attemptId) {
        QuizAttempt attempt = attempts.lockById(attemptId).filter(this::mine).orElseThrow(AttemptService::notFound);
        Instant now = clock.instant();
        return view(attempt, now, grading.submit(attempt, now));
    }

    /** The attempt locked for a change, if it is the caller's and still takes answers. */
    private QuizAttempt lockMine(long attemptId) {
        QuizAttempt attempt = attempts.lockById(attemptId).filter(this::mine).orElseThrow(AttemptService::notFound);
        Instant now = clock.instant();
        if (attempt.expiredAt(now)) {
            grading.submit(attempt, now);
            throw new AttemptClosedException("error.attempt.time-up");
        }
        if (!attempt.getState().open()) {
            throw new AttemptClosedException("error.attempt.already-submitted");
        }
        return attempt;
    }

    private AttemptView view(QuizAttempt attempt, Instant now) {
        return view(attempt, now, null);
    }

    /** The attempt as shown, from its answers when the caller has just read them (grading), else read here. */
    private AttemptView view(QuizAttempt attempt, Instant now, @Nullable List<QuizAnswer> read) {
        PublishedQuiz quiz = frozen.of(attempt.getCourseId(), attempt.getCourseVersion(), attempt.getItemKey());
        Map<String, LearnerQuiz.LearnerQuestion> shown = quiz.forLearners().slots().stream()
                .flatMap(s -> s.questions().stream())
                .collect(Collectors.toMap(LearnerQuiz.LearnerQuestion::key, Function.identity(), (a, b) -> a));
        boolean submitted = !attempt.getState().open();
        boolean reviewDue = submitted && QuizCalendar.feedbackDue(quiz.settings(), now);
        List<AttemptView.AttemptQuestion> questions = new ArrayList<>();
        int number = 0;
        for (QuizAnswer answer : read != null ? read : answers.findByAttemptIdOrderByPosition(attempt.getId())) {
            Question question = quiz.question(answer.getQuestionKey()).orElseThrow().question();
            Response response = json.response(answer.getResponse());
            boolean answered = question.type().answered();
            boolean reviewed = answered && (reviewDue || (!submitted && answer.isChecked()));
            AttemptView.Review review = reviewed ? review(question, response, answer) : null;
            questions.add(new AttemptView.AttemptQuestion(answered ? ++number : 0,
                    shuffled(shown.get(answer.getQuestionKey()), attempt, quiz.settings()), response,
                    answer.getRevision(), review));
        }
        AttemptView.Result result = null;
        if (submitted) {
            BigDecimal percent = attempt.getGradePercent();
            result = new AttemptView.Result(Objects.requireNonNull(attempt.getScore()),
                    Objects.requireNonNull(attempt.getMaxScore()), percent,
                    percent == null ? null : percent.compareTo(BigDecimal.valueOf(quiz.settings().passMarkPercent()))
                            >= 0, reviewDue);
        }
        return new AttemptView(attempt.getId(), new CourseId(attempt.getCourseId()), attempt.getItemKey(),
                quiz.title(), quiz.settings(), attempt.getNumber(), attempt.getState(), attempt.getStartedAt(),
                attempt.getDeadline(), attempt.getSubmittedAt(), questions, result);
    }

    private static AttemptView.Review review(Question question, Response response, QuizAnswer answer) {
        BigDecimal points = answer.getPoints() == null ? BigDecimal.ZERO : answer.getPoints();
        return new AttemptView.Review(points, answer.getMaxPoints(), answer.isPending(),
                Grading.feedback(question, response), RightAnswers.of(question), answer.getGraderComment());
    }

    /** Options in an order of their own for each attempt (when the quiz shuffles answers), the same on every resume. */
    private static LearnerQuiz.LearnerQuestion shuffled(LearnerQuiz.LearnerQuestion question, QuizAttempt attempt,
                                                        QuizSettings settings) {
        if (!settings.shuffleAnswers() || (question.type() != QuestionType.SINGLE_CHOICE
                && question.type() != QuestionType.MULTIPLE_CHOICE)) {
            return question;
        }
        List<LearnerQuiz.Choice> choices = new ArrayList<>(question.choices());
        Collections.shuffle(choices, new Random(attempt.getId() * 31 + question.key().hashCode()));
        return new LearnerQuiz.LearnerQuestion(question.key(), question.type(), question.text(), question.points(),
                choices, question.prompts(), question.answerChoices());
    }

    private Optional<PublishedQuiz> currentQuiz(CourseId course, String itemKey) {
        return catalogue.published(course).map(PublishedCourse::version)
                .flatMap(version -> frozen.find(course, version, itemKey));
    }

    /** The learner's attempts at the quiz, after submitting any open one whose time is up. */
    private List<QuizAttempt> mine(CourseId course, String itemKey, PersonId me, Instant now) {
        List<QuizAttempt> mine = attempts.findByCourseIdAndItemKeyAndLearnerIdOrderByNumber(course.value(), itemKey,
                me.value());
        for (QuizAttempt attempt : mine) {
            if (attempt.expiredAt(now)) {
                grading.submit(attempts.lockById(attempt.getId()).orElseThrow(), now);
            }
        }
        return mine;
    }

    private boolean mine(QuizAttempt attempt) {
        return profiles.myId().map(me -> me.value() == attempt.getLearnerId()).orElse(false);
    }

    private PersonId me() {
        return profiles.myId().orElseThrow(AttemptService::notFound);
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.attempt.not-found");
    }

    static AttemptSummary summary(QuizAttempt attempt) {
        return new AttemptSummary(attempt.getId(), attempt.getNumber(), attempt.getState(), attempt.getStartedAt(),
                attempt.getSubmittedAt(), attempt.getGradePercent());
    }
}
