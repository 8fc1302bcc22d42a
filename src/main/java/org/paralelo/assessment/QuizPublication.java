package org.paralelo.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.domain.BankQuestion;
import org.paralelo.assessment.domain.BankQuestionRepository;
import org.paralelo.assessment.domain.QuestionCategory;
import org.paralelo.assessment.domain.QuestionCategoryRepository;
import org.paralelo.assessment.domain.Quiz;
import org.paralelo.assessment.domain.QuizRepository;
import org.paralelo.assessment.domain.QuizSlot;
import org.paralelo.assessment.domain.QuizVersion;
import org.paralelo.assessment.domain.QuizVersionRepository;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDraft;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CoursePublished;
import org.paralelo.courses.ItemKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Freezes every quiz of a course with the version being published, in the publishing transaction: if a quiz
 * cannot be frozen (no questions, a draw larger than its category, too big), the publish fails as a whole and no
 * version is left behind.
 *
 * <p>The quizzes are read from the draft, which at this moment is exactly what the course version holds. The
 * publisher is someone who may edit the course (or the system, for imports), so the secured services answer.
 */
@Component
class QuizPublication {

    private final CourseAuthoringService authoring;
    private final QuizRepository quizzes;
    private final BankQuestionRepository questions;
    private final QuestionCategoryRepository categories;
    private final QuizVersionRepository versions;
    private final BankViews views;
    private final AssessmentJson json;

    QuizPublication(CourseAuthoringService authoring, QuizRepository quizzes, BankQuestionRepository questions,
                    QuestionCategoryRepository categories, QuizVersionRepository versions, BankViews views,
                    AssessmentJson json) {
        this.authoring = authoring;
        this.quizzes = quizzes;
        this.questions = questions;
        this.categories = categories;
        this.versions = versions;
        this.views = views;
        this.json = json;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void freezeQuizzes(CoursePublished event) {
        CourseDraft draft = authoring.draft(event.course());
        List<CourseDraft.ItemDraft> items = quizItems(draft);
        if (items.isEmpty()) {
            return;
        }
        DraftQuizzes sources = new DraftQuizzes(event.course());
        for (CourseDraft.ItemDraft item : items) {
            PublishedQuiz frozen = sources.freeze(event.version(), item);
            String snapshot = json.write(frozen);
            if (snapshot.length() > QuizVersion.MAX_SNAPSHOT) {
                throw new UserFacingException("error.quiz.publish-too-large", item.title());
            }
            versions.save(new QuizVersion(event.course().value(), event.version(), item.key(), snapshot));
        }
        versions.flush();
    }

    /**
     * The quiz as it would be frozen if the course were published now (version 0), for "preview as learner"; empty
     * when the draft has no quiz item with that key. Refused, with the message publishing would give, when the quiz
     * could not be published (no questions, a draw larger than its category).
     */
    Optional<PublishedQuiz> draft(CourseId course, String itemKey) {
        Optional<CourseDraft.ItemDraft> item = quizItems(authoring.draft(course)).stream()
                .filter(i -> i.key().equals(itemKey)).findFirst();
        return item.map(found -> new DraftQuizzes(course).freeze(0, found));
    }

    private static List<CourseDraft.ItemDraft> quizItems(CourseDraft draft) {
        return draft.modules().stream().flatMap(m -> m.items().stream())
                .filter(i -> i.kind() == ItemKind.QUIZ).toList();
    }

    /** The course's quizzes, bank and categories, read once for freezing any number of its quizzes. */
    private final class DraftQuizzes {

        private final CourseId course;
        private final Map<String, Quiz> quizByItem;
        private final Map<String, BankQuestion> bank;
        private final Map<Long, String> categoryNames;
        private final Map<String, Question> parsed = new HashMap<>();

        DraftQuizzes(CourseId course) {
            this.course = course;
            long id = course.value();
            quizByItem = quizzes.findByCourseId(id).stream()
                    .collect(Collectors.toMap(Quiz::getItemKey, Function.identity()));
            bank = questions.findByCourseIdOrderById(id).stream()
                    .collect(Collectors.toMap(BankQuestion::getKey, Function.identity()));
            categoryNames = categories.findByCourseIdOrderByName(id).stream()
                    .collect(Collectors.toMap(QuestionCategory::getId, QuestionCategory::getName));
        }

        PublishedQuiz freeze(int version, CourseDraft.ItemDraft item) {
            return QuizPublication.this.freeze(course, version, item, quizByItem.get(item.key()), bank,
                    categoryNames, parsed);
        }
    }

    private PublishedQuiz freeze(CourseId course, int version, CourseDraft.ItemDraft item, @Nullable Quiz quiz,
                                 Map<String, BankQuestion> bank, Map<Long, String> categoryNames,
                                 Map<String, Question> parsed) {
        if (quiz == null || quiz.getSlots().isEmpty()) {
            throw new UserFacingException("error.quiz.publish-no-questions", item.title());
        }
        Set<String> fixedKeys = quiz.getSlots().stream().map(QuizSlot::getQuestionKey).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Integer> drawnPerCategory = quiz.getSlots().stream().filter(QuizSlot::isRandom)
                .collect(Collectors.toMap(QuizSlot::getCategoryId, QuizSlot::getDrawCount, Integer::sum));
        List<PublishedQuiz.Slot> slots = new ArrayList<>();
        for (QuizSlot slot : quiz.getSlots()) {
            if (slot.isRandom()) {
                long categoryId = Objects.requireNonNull(slot.getCategoryId());
                List<PublishedQuiz.FrozenQuestion> pool = bank.values().stream()
                        .filter(q -> q.getCategoryId() == categoryId && !fixedKeys.contains(q.getKey())
                                && q.getType().answered())
                        .sorted((a, b) -> Long.compare(a.getId(), b.getId()))
                        .map(q -> frozen(q, parsed)).toList();
                String categoryName = categoryNames.getOrDefault(categoryId, "");
                if (pool.size() < drawnPerCategory.get(categoryId)) {
                    throw new UserFacingException("error.quiz.publish-draw-too-large", item.title(), categoryName);
                }
                slots.add(new PublishedQuiz.Slot(SlotKind.RANDOM, slot.getDrawCount(), categoryName, pool));
            } else {
                BankQuestion question = bank.get(slot.getQuestionKey());
                if (question == null) {
                    throw new UserFacingException("error.quiz.publish-missing-question", item.title());
                }
                slots.add(new PublishedQuiz.Slot(SlotKind.FIXED, 1, null, List.of(frozen(question, parsed))));
            }
        }
        PublishedQuiz frozen = new PublishedQuiz(course.value(), version, item.key(), item.title(),
                QuizService.settings(quiz), slots);
        if (frozen.questionCount() == 0) {
            // Descriptions alone are no quiz.
            throw new UserFacingException("error.quiz.publish-no-questions", item.title());
        }
        return frozen;
    }

    private PublishedQuiz.FrozenQuestion frozen(BankQuestion row, Map<String, Question> parsed) {
        return new PublishedQuiz.FrozenQuestion(row.getKey(), parsed.computeIfAbsent(row.getKey(),
                key -> views.question(row)));
    }
}
