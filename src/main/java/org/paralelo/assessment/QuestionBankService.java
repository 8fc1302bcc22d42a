package org.paralelo.assessment;

import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.domain.BankQuestion;
import org.paralelo.assessment.domain.BankQuestionRepository;
import org.paralelo.assessment.domain.QuestionCategory;
import org.paralelo.assessment.domain.QuestionCategoryRepository;
import org.paralelo.assessment.domain.QuizRepository;
import org.paralelo.base.InputChecks;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDraft;
import org.paralelo.courses.CourseId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each course's question bank: categories and questions, seen and edited only by the course's trainers and admins
 * (learners never read the bank; they get published quizzes without answers). Every question is checked whole
 * before anything is stored, and saved against the version the trainer saw.
 */
@Service
@Transactional
public class QuestionBankService {

    private final QuestionCategoryRepository categories;
    private final BankQuestionRepository questions;
    private final QuizRepository quizzes;
    private final BankViews views;
    private final AssessmentJson json;
    private final CourseAuthoringService authoring;
    private final Clock clock;

    QuestionBankService(QuestionCategoryRepository categories, BankQuestionRepository questions,
                        QuizRepository quizzes, BankViews views, AssessmentJson json,
                        CourseAuthoringService authoring, Clock clock) {
        this.categories = categories;
        this.questions = questions;
        this.quizzes = quizzes;
        this.views = views;
        this.json = json;
        this.authoring = authoring;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<CategoryView> categories(CourseId course) {
        Map<Long, Long> counts = questions.countByCategory(course.value()).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return categories.findByCourseIdOrderByName(course.value()).stream()
                .map(c -> new CategoryView(c.getId(), c.getName(), counts.getOrDefault(c.getId(), 0L).intValue(),
                        c.getVersion())).toList();
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public long createCategory(CourseId course, String name) {
        checkCategoryName(course, name, null);
        return categories.saveAndFlush(new QuestionCategory(course.value(), name, clock.instant())).getId();
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void renameCategory(CourseId course, long categoryId, String name, long version) {
        QuestionCategory category = category(course, categoryId);
        StaleDataException.check(version, category.getVersion());
        checkCategoryName(course, name, category);
        category.setName(name);
    }

    /** Only an empty category that no quiz draws from can go; questions are never deleted along with it. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void deleteCategory(CourseId course, long categoryId) {
        QuestionCategory category = category(course, categoryId);
        if (questions.countByCategoryId(categoryId) > 0) {
            throw new UserFacingException("error.bank.category-not-empty");
        }
        List<String> drawing = quizzes.itemKeysDrawingFrom(categoryId);
        if (!drawing.isEmpty()) {
            throw new UserFacingException("error.bank.category-in-use", quizTitle(course, drawing.getFirst()));
        }
        categories.delete(category);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<QuestionSummary> questions(CourseId course, long categoryId) {
        return questions.findByCourseIdAndCategoryIdOrderById(course.value(), categoryId).stream()
                .map(BankViews::summary).toList();
    }

    /** Every question of the bank, oldest first: what the quiz editor offers to add. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<QuestionSummary> allQuestions(CourseId course) {
        return questions.findByCourseIdOrderById(course.value()).stream().map(BankViews::summary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public QuestionView question(CourseId course, String questionKey) {
        return views.view(row(course, questionKey));
    }

    /** Stores a new question in a category and returns its key, which it keeps for life. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public String createQuestion(CourseId course, long categoryId, Question question) {
        Question checked = check(course, categoryId, question);
        BankQuestion row = new BankQuestion(course.value(), categoryId, Keys.questionKey(), checked.type(),
                clock.instant());
        store(row, checked);
        return questions.saveAndFlush(row).getKey();
    }

    /**
     * Replaces a question's content (and possibly its category), keeping its key. The type cannot change: answers
     * already given to the question must keep their meaning. Returns the new version.
     */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public long updateQuestion(CourseId course, String questionKey, long categoryId, Question question,
                               long version) {
        BankQuestion row = row(course, questionKey);
        StaleDataException.check(version, row.getVersion());
        if (row.getType() != question.type()) {
            throw new UserFacingException("error.question.type-change");
        }
        Question checked = check(course, categoryId, question);
        row.setCategoryId(categoryId);
        store(row, checked);
        questions.flush();
        return row.getVersion();
    }

    /** A question a quiz uses as a fixed question cannot be deleted; remove it from the quiz first. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void deleteQuestion(CourseId course, String questionKey) {
        BankQuestion row = row(course, questionKey);
        List<String> using = quizzes.itemKeysUsingQuestion(course.value(), questionKey);
        if (!using.isEmpty()) {
            throw new UserFacingException("error.question.in-use", quizTitle(course, using.getFirst()));
        }
        questions.delete(row);
    }

    /** Deletes every question of the bank that no quiz uses (an import updating a course starts from these). */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void deleteUnusedQuestions(CourseId course) {
        for (BankQuestion row : questions.findByCourseIdOrderById(course.value())) {
            if (quizzes.itemKeysUsingQuestion(course.value(), row.getKey()).isEmpty()) {
                questions.delete(row);
            }
        }
    }

    private Question check(CourseId course, long categoryId, Question question) {
        Question keyed = new Question(question.text(), question.points(), question.generalFeedback(),
                question.body().withKeys(Keys::optionKey), question.title(), question.idNumber(), question.tags());
        InputChecks checks = new InputChecks();
        keyed.check(checks);
        checks.require(categories.findByIdAndCourseId(categoryId, course.value()).isPresent(), "category",
                "error.bank.category-not-found");
        checks.throwIfAny();
        return keyed;
    }

    private void store(BankQuestion row, Question question) {
        String data = json.write(question.body());
        if (data.length() > BankQuestion.MAX_DATA) {
            throw new UserFacingException("error.question.too-large");
        }
        row.setContent(question.title(), question.text(), question.points().setScale(2, RoundingMode.HALF_UP),
                question.generalFeedback(), data, clock.instant());
        row.setMarks(question.idNumber(), question.tags());
    }

    private void checkCategoryName(CourseId course, String name, @Nullable QuestionCategory current) {
        InputChecks checks = new InputChecks().text(name, "name", QuestionCategory.MAX_NAME);
        boolean renamedOrNew = current == null || name != null && !current.getName().equalsIgnoreCase(name.strip());
        checks.require(name == null || name.isBlank() || !renamedOrNew
                        || !categories.existsByCourseIdAndNameIgnoreCase(course.value(), name.strip()),
                "name", "error.bank.category-exists");
        checks.throwIfAny();
    }

    private QuestionCategory category(CourseId course, long categoryId) {
        return categories.findByIdAndCourseId(categoryId, course.value())
                .orElseThrow(() -> new UserFacingException("error.bank.category-not-found"));
    }

    private BankQuestion row(CourseId course, String questionKey) {
        return questions.findByCourseIdAndKey(course.value(), questionKey)
                .orElseThrow(() -> new UserFacingException("error.question.not-found"));
    }

    private String quizTitle(CourseId course, String itemKey) {
        CourseDraft draft = authoring.draft(course);
        return draft.modules().stream().flatMap(m -> m.items().stream()).filter(i -> i.key().equals(itemKey))
                .map(CourseDraft.ItemDraft::title).findFirst().orElse(itemKey);
    }
}
