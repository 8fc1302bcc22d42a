package org.paralelo.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.paralelo.assessment.PublishedQuiz;
import org.paralelo.assessment.PublishedQuizService;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionSummary;
import org.paralelo.assessment.QuizDraft;
import org.paralelo.assessment.QuizService;
import org.paralelo.courses.ItemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Quizzes: the explanation (general feedback) and the feedback for each answer, so a learner finds the
 * explanation of a topic. The published edition, which learners search, never holds the question text, options,
 * accepted answers, pairs, credits or grader notes: the index must not hand out correct answers. The draft edition,
 * which only the course's trainers and admins search ({@link PermissionFilter}), also holds each question's text
 * and options, so they find the question they wrote. Published edition from the frozen quiz, draft edition from
 * the bank. Runs as SYSTEM.
 */
@Component
class QuizDocuments implements DocumentMapper {

    private static final Logger log = LoggerFactory.getLogger(QuizDocuments.class);

    private final PublishedQuizService published;
    private final QuizService drafts;
    private final QuestionBankService bank;

    QuizDocuments(PublishedQuizService published, QuizService drafts, QuestionBankService bank) {
        this.published = published;
        this.drafts = drafts;
        this.bank = bank;
    }

    @Override
    public List<IndexDoc> map(CourseEdition edition) {
        var course = edition.course();
        List<IndexDoc> docs = new ArrayList<>();
        for (var module : course.modules()) {
            for (var item : module.items()) {
                if (item.kind() != ItemKind.QUIZ) {
                    continue;
                }
                List<Question> questions;
                try {
                    questions = edition.published() ? publishedQuestions(edition, item.key()) : draftQuestions(
                            edition, item.key());
                } catch (RuntimeException e) {
                    log.debug("Quiz {} of course {} has no readable questions: {}", item.key(), course.courseId(),
                            e.toString());
                    questions = List.of();
                }
                StringBuilder body = new StringBuilder();
                for (Question question : questions) {
                    if (!edition.published()) {
                        append(body, question.text());
                        optionsOf(question.body()).forEach(text -> append(body, text));
                    }
                    append(body, question.generalFeedback());
                    feedbackOf(question.body()).forEach(text -> append(body, text));
                }
                docs.add(new IndexDoc(edition.id("quiz/" + item.key()), course.courseId(), edition.edition(),
                        ContentType.QUIZ, course.languageTag(), item.title(), course.title(),
                        List.of(course.title(), module.title(), item.title()), course.topicCodes(), "",
                        body.toString().strip(), edition.itemPath(item), null, null, null));
            }
        }
        return docs;
    }

    private List<Question> publishedQuestions(CourseEdition edition, String itemKey) {
        Optional<PublishedQuiz> quiz = published.fullQuiz(edition.course().id(), edition.course().version(), itemKey);
        return quiz.map(q -> q.slots().stream().flatMap(s -> s.questions().stream())
                .map(PublishedQuiz.FrozenQuestion::question).toList()).orElse(List.of());
    }

    private List<Question> draftQuestions(CourseEdition edition, String itemKey) {
        var course = edition.course().id();
        QuizDraft quiz = drafts.quiz(course, itemKey);
        Map<String, Question> questions = new LinkedHashMap<>();
        for (QuizDraft.Slot slot : quiz.slots()) {
            if (slot.question() != null) {
                questions.computeIfAbsent(slot.question().key(), key -> bank.question(course, key).question());
            } else if (slot.categoryId() != null) {
                for (QuestionSummary summary : bank.questions(course, slot.categoryId())) {
                    questions.computeIfAbsent(summary.key(), key -> bank.question(course, key).question());
                }
            }
        }
        return List.copyOf(questions.values());
    }

    /** Feedback texts only; for essays not even that (grader notes may hold a model answer). */
    static List<String> feedbackOf(QuestionBody body) {
        return switch (body) {
            case QuestionBody.SingleChoice c -> c.options().stream().map(QuestionBody.SingleChoice.Option::feedback)
                    .toList();
            case QuestionBody.MultipleChoice c -> c.options().stream()
                    .map(QuestionBody.MultipleChoice.Option::feedback).toList();
            case QuestionBody.TrueFalse t -> List.of(t.feedbackTrue(), t.feedbackFalse());
            case QuestionBody.ShortAnswer s -> Stream.concat(s.answers().stream()
                    .map(QuestionBody.ShortAnswer.Accepted::feedback), Stream.of(s.incorrectFeedback())).toList();
            case QuestionBody.Numeric n -> Stream.concat(n.answers().stream()
                    .map(QuestionBody.Numeric.Answer::feedback), Stream.of(n.incorrectFeedback())).toList();
            default -> List.of();
        };
    }

    /** What a trainer wrote for the learner to choose from or put in order (drafts only: it holds the answers). */
    static List<String> optionsOf(QuestionBody body) {
        return switch (body) {
            case QuestionBody.SingleChoice c -> c.options().stream().map(QuestionBody.SingleChoice.Option::text)
                    .toList();
            case QuestionBody.MultipleChoice c -> c.options().stream().map(QuestionBody.MultipleChoice.Option::text)
                    .toList();
            case QuestionBody.ShortAnswer s -> s.answers().stream().map(QuestionBody.ShortAnswer.Accepted::text)
                    .toList();
            case QuestionBody.Matching m -> m.pairs().stream()
                    .flatMap(p -> Stream.of(p.prompt(), p.answer())).toList();
            case QuestionBody.Ordering o -> o.items().stream().map(QuestionBody.Ordering.Item::text).toList();
            default -> List.of();
        };
    }

    private static void append(StringBuilder body, String text) {
        if (text != null && !text.isBlank()) {
            body.append(text.strip()).append("\n\n");
        }
    }
}
