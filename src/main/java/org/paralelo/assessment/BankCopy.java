package org.paralelo.assessment;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.paralelo.assessment.domain.BankQuestion;
import org.paralelo.assessment.domain.BankQuestionRepository;
import org.paralelo.assessment.domain.QuestionCategory;
import org.paralelo.assessment.domain.QuestionCategoryRepository;
import org.paralelo.assessment.domain.Quiz;
import org.paralelo.assessment.domain.QuizRepository;
import org.paralelo.assessment.domain.QuizSlot;
import org.paralelo.courses.CourseCopied;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a course is copied, its question bank and quizzes come along, inside the copy's transaction: categories
 * and questions (question keys stay the same, being unique per course) and each quiz under its item's new key.
 */
@Component
class BankCopy {

    private final QuestionCategoryRepository categories;
    private final BankQuestionRepository questions;
    private final QuizRepository quizzes;
    private final Clock clock;

    BankCopy(QuestionCategoryRepository categories, BankQuestionRepository questions, QuizRepository quizzes,
             Clock clock) {
        this.categories = categories;
        this.questions = questions;
        this.quizzes = quizzes;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void copyBankAndQuizzes(CourseCopied event) {
        long source = event.source().value();
        long copy = event.copy().value();
        Map<Long, Long> categoryIds = new HashMap<>();
        for (QuestionCategory category : categories.findByCourseIdOrderByName(source)) {
            categoryIds.put(category.getId(),
                    categories.save(new QuestionCategory(copy, category.getName(), clock.instant())).getId());
        }
        for (BankQuestion question : questions.findByCourseIdOrderById(source)) {
            BankQuestion copied = new BankQuestion(copy, categoryIds.get(question.getCategoryId()), question.getKey(),
                    question.getType(), clock.instant());
            copied.setContent(question.getTitle(), question.getText(), question.getPoints(),
                    question.getGeneralFeedback(), question.getData(), clock.instant());
            copied.setMarks(question.getIdNumber(), question.getTags());
            questions.save(copied);
        }
        for (Quiz quiz : quizzes.findByCourseId(source)) {
            String itemKey = event.itemKeys().get(quiz.getItemKey());
            if (itemKey == null) {
                continue;
            }
            Quiz copied = new Quiz(copy, itemKey);
            copied.setSettings(quiz.getPassMark(), quiz.getAttemptsAllowed(), quiz.getTimeLimitMinutes(),
                    quiz.isShuffleQuestions(), quiz.isShuffleAnswers(), quiz.getFeedbackTiming(),
                    quiz.getGradingPolicy(), quiz.getClosesOn());
            for (QuizSlot slot : quiz.getSlots()) {
                if (slot.isRandom()) {
                    copied.addDraw(categoryIds.get(slot.getCategoryId()), slot.getDrawCount());
                } else {
                    copied.addFixed(slot.getQuestionKey());
                }
            }
            quizzes.save(copied);
        }
        quizzes.flush();
    }
}
