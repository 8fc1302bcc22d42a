package org.paralelo.assessment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.domain.BankQuestionRepository;
import org.paralelo.assessment.domain.QuestionCategory;
import org.paralelo.assessment.domain.QuestionCategoryRepository;
import org.paralelo.assessment.domain.Quiz;
import org.paralelo.assessment.domain.QuizRepository;
import org.paralelo.assessment.domain.QuizSlot;
import org.paralelo.base.InputChecks;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDraft;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quizzes of a course draft: settings and slots of each quiz item (the item itself, its title and place, are
 * edited in the course structure). Slots are fixed bank questions or random draws from a bank category. Nothing
 * here changes what learners see until the course is published again.
 */
@Service
@Transactional
public class QuizService {

    public static final int MAX_SLOTS = 200;

    private final QuizRepository quizzes;
    private final BankQuestionRepository questions;
    private final QuestionCategoryRepository categories;
    private final CourseAuthoringService authoring;
    private final QuestionBankService bank;

    QuizService(QuizRepository quizzes, BankQuestionRepository questions, QuestionCategoryRepository categories,
                CourseAuthoringService authoring, QuestionBankService bank) {
        this.quizzes = quizzes;
        this.questions = questions;
        this.categories = categories;
        this.authoring = authoring;
        this.bank = bank;
    }

    /** The quiz as the editor shows it; a quiz never saved has the default settings. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public QuizDraft quiz(CourseId course, String itemKey) {
        CourseDraft.ItemDraft item = quizItem(course, itemKey);
        return quizzes.findByCourseIdAndItemKey(course.value(), itemKey).map(q -> draft(course, item, q))
                .orElseGet(() -> new QuizDraft(course, itemKey, item.title(), QuizSettings.defaults(), List.of(),
                        QuizDraft.UNSAVED));
    }

    /** Saves the settings against the version the trainer saw and returns the new version. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public long updateSettings(CourseId course, String itemKey, QuizSettings settings, long version) {
        quizItem(course, itemKey);
        Quiz quiz = quizzes.findByCourseIdAndItemKey(course.value(), itemKey).orElse(null);
        StaleDataException.check(version, quiz == null ? QuizDraft.UNSAVED : quiz.getVersion());
        InputChecks checks = new InputChecks();
        settings.check(checks);
        checks.throwIfAny();
        if (quiz == null) {
            quiz = new Quiz(course.value(), itemKey);
        }
        apply(quiz, settings);
        return quizzes.saveAndFlush(quiz).getVersion();
    }

    /** Adds a bank question as a fixed question at the end of the quiz. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void addQuestion(CourseId course, String itemKey, String questionKey) {
        addQuestions(course, itemKey, List.of(questionKey));
    }

    /**
     * Adds several bank questions at the end of the quiz, in the order given: all of them or, if any is refused
     * (unknown, already in the quiz, named twice, or past the slot limit), none.
     */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void addQuestions(CourseId course, String itemKey, List<String> questionKeys) {
        Quiz quiz = editable(course, itemKey);
        InputChecks checks = new InputChecks().require(!questionKeys.isEmpty(), "question", "error.required")
                .require(questionKeys.stream().distinct().count() == questionKeys.size(), "question",
                        "error.quiz.question-already-in-quiz");
        for (String questionKey : questionKeys) {
            checks.require(questions.findByCourseIdAndKey(course.value(), questionKey).isPresent(), "question",
                            "error.question.not-found")
                    .require(quiz.getSlots().stream().noneMatch(s -> questionKey.equals(s.getQuestionKey())),
                            "question", "error.quiz.question-already-in-quiz");
        }
        checks.require(quiz.getSlots().size() + questionKeys.size() <= MAX_SLOTS, "slots",
                "error.quiz.too-many-slots", MAX_SLOTS);
        checks.throwIfAny();
        questionKeys.forEach(quiz::addFixed);
        quizzes.flush();
    }

    /**
     * Writes a new question straight from the quiz: it is stored in the bank — in the given category, or else in
     * a category named after the quiz, created the first time — and added at the end of the quiz, both or neither.
     * Returns the question's key.
     */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public String writeQuestion(CourseId course, String itemKey, @Nullable Long categoryId, Question question) {
        CourseDraft.ItemDraft item = quizItem(course, itemKey);
        long category = categoryId != null ? categoryId : categoryNamedAfter(course, item.title());
        String key = bank.createQuestion(course, category, question);
        addQuestions(course, itemKey, List.of(key));
        return key;
    }

    private long categoryNamedAfter(CourseId course, String quizTitle) {
        String name = quizTitle.strip().length() <= QuestionCategory.MAX_NAME ? quizTitle.strip()
                : quizTitle.strip().substring(0, QuestionCategory.MAX_NAME).strip();
        return categories.findByCourseIdOrderByName(course.value()).stream()
                .filter(c -> c.getName().equalsIgnoreCase(name)).map(QuestionCategory::getId).findFirst()
                .orElseGet(() -> bank.createCategory(course, name));
    }

    /**
     * Adds "draw {@code count} questions at random from a category". All draws of the quiz from one category
     * together cannot ask for more questions than the category holds.
     */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void addRandomDraw(CourseId course, String itemKey, long categoryId, int count) {
        Quiz quiz = editable(course, itemKey);
        QuestionCategory category = categories.findByIdAndCourseId(categoryId, course.value())
                .orElseThrow(() -> InvalidInputException.of("category", "error.bank.category-not-found"));
        int alreadyDrawn = quiz.getSlots().stream()
                .filter(s -> s.isRandom() && Objects.equals(s.getCategoryId(), category.getId()))
                .mapToInt(QuizSlot::getDrawCount).sum();
        long available = questions.countByCategoryId(category.getId()) - alreadyDrawn;
        InputChecks checks = new InputChecks().require(count >= 1, "count", "error.quiz.draw-count");
        checks.require(count < 1 || count <= available, "count", "error.quiz.draw-too-large", Math.max(0, available));
        slotLimit(quiz, checks);
        checks.throwIfAny();
        quiz.addDraw(category.getId(), count);
        quizzes.flush();
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void removeSlot(CourseId course, String itemKey, long slotId) {
        Quiz quiz = editable(course, itemKey);
        quiz.removeSlot(slot(quiz, slotId));
    }

    /** Moves a slot to a zero-based position; the editor's up and down buttons end here. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void moveSlot(CourseId course, String itemKey, long slotId, int newIndex) {
        Quiz quiz = editable(course, itemKey);
        quiz.moveSlot(slot(quiz, slotId), newIndex);
    }

    private QuizDraft draft(CourseId course, CourseDraft.ItemDraft item, Quiz quiz) {
        List<String> keys = quiz.getSlots().stream().map(QuizSlot::getQuestionKey).filter(Objects::nonNull)
                .toList();
        Map<String, QuestionSummary> fixed = keys.isEmpty() ? Map.of()
                : questions.findByCourseIdAndKeyIn(course.value(), keys).stream().map(BankViews::summary)
                .collect(Collectors.toMap(QuestionSummary::key, Function.identity()));
        Map<Long, String> names = categories.findByCourseIdOrderByName(course.value()).stream()
                .collect(Collectors.toMap(QuestionCategory::getId, QuestionCategory::getName));
        List<QuizDraft.Slot> slots = quiz.getSlots().stream().map(s -> s.isRandom()
                ? new QuizDraft.Slot(s.getId(), SlotKind.RANDOM, null, s.getCategoryId(),
                names.get(s.getCategoryId()), s.getDrawCount())
                : new QuizDraft.Slot(s.getId(), SlotKind.FIXED, fixed.get(s.getQuestionKey()), null, null, 1))
                .toList();
        return new QuizDraft(course, quiz.getItemKey(), item.title(), settings(quiz), slots, quiz.getVersion());
    }

    /** The quiz's row, created with the default settings the first time a slot is added. */
    private Quiz editable(CourseId course, String itemKey) {
        quizItem(course, itemKey);
        return quizzes.findByCourseIdAndItemKey(course.value(), itemKey).orElseGet(() -> {
            Quiz quiz = new Quiz(course.value(), itemKey);
            apply(quiz, QuizSettings.defaults());
            return quizzes.saveAndFlush(quiz);
        });
    }

    static QuizSettings settings(Quiz quiz) {
        return new QuizSettings(quiz.getPassMark(), quiz.getAttemptsAllowed(), quiz.getTimeLimitMinutes(),
                quiz.isShuffleQuestions(), quiz.isShuffleAnswers(), quiz.getFeedbackTiming(), quiz.getGradingPolicy(),
                quiz.getClosesOn());
    }

    private static void apply(Quiz quiz, QuizSettings settings) {
        quiz.setSettings(settings.passMarkPercent(), settings.attemptsAllowed(), settings.timeLimitMinutes(),
                settings.shuffleQuestions(), settings.shuffleAnswers(), settings.feedbackTiming(),
                settings.gradingPolicy(), settings.closesOn());
    }

    private static void slotLimit(Quiz quiz, InputChecks checks) {
        checks.require(quiz.getSlots().size() < MAX_SLOTS, "slots", "error.quiz.too-many-slots", MAX_SLOTS);
    }

    private static QuizSlot slot(Quiz quiz, long slotId) {
        return quiz.getSlots().stream().filter(s -> s.getId() == slotId).findFirst()
                .orElseThrow(() -> new UserFacingException("error.quiz.slot-not-found"));
    }

    private CourseDraft.ItemDraft quizItem(CourseId course, String itemKey) {
        return authoring.draft(course).modules().stream().flatMap(m -> m.items().stream())
                .filter(i -> i.key().equals(itemKey) && i.kind() == ItemKind.QUIZ).findFirst()
                .orElseThrow(() -> new UserFacingException("error.course.item-not-found"));
    }
}
