package org.paralelo.assessment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.SingleChoice;

/**
 * A published quiz as learners may see it: question texts, points, and what to choose from, but no right
 * answers, credits, accepted answers, tolerances, feedback or grader notes. Ordering items come in an order
 * derived from a digest of their keys (so it does not follow keys like "1", "2", "3"), turned by one place when
 * the digest happens to give the right order: a question is never shown already solved. Matching answers come as
 * an alphabetical list of texts.
 */
public record LearnerQuiz(long courseId, int courseVersion, String itemKey, String title, QuizSettings settings,
                          List<Slot> slots) {

    public record Slot(SlotKind kind, int draw, List<LearnerQuestion> questions) {
    }

    /**
     * {@code choices}: the options of a choice question or the items of an ordering question; {@code prompts} and
     * {@code answerChoices}: the two sides of a matching question. Empty where the type has none.
     */
    public record LearnerQuestion(String key, QuestionType type, String text, BigDecimal points, List<Choice> choices,
                                  List<Choice> prompts, List<String> answerChoices) {
    }

    public record Choice(String key, String text) {
    }

    /** How many questions each attempt has; descriptions are not questions. */
    public int questionCount() {
        return slots.stream().filter(s -> s.kind() == SlotKind.RANDOM || s.questions().stream()
                .allMatch(q -> q.type().answered())).mapToInt(Slot::draw).sum();
    }

    static LearnerQuiz of(PublishedQuiz quiz) {
        return new LearnerQuiz(quiz.courseId(), quiz.courseVersion(), quiz.itemKey(), quiz.title(), quiz.settings(),
                quiz.slots().stream().map(s -> new Slot(s.kind(), s.draw(),
                        s.questions().stream().map(LearnerQuiz::question).toList())).toList());
    }

    private static LearnerQuestion question(PublishedQuiz.FrozenQuestion frozen) {
        Question q = frozen.question();
        List<Choice> choices = switch (q.body()) {
            case SingleChoice single -> single.options().stream().map(o -> new Choice(o.key(), o.text())).toList();
            case MultipleChoice multiple -> multiple.options().stream().map(o -> new Choice(o.key(), o.text()))
                    .toList();
            case Ordering ordering -> unsolved(ordering.items()).stream()
                    .map(i -> new Choice(i.key(), i.text())).toList();
            default -> List.of();
        };
        List<Choice> prompts = q.body() instanceof Matching matching
                ? matching.prompted().stream().map(p -> new Choice(p.key(), p.prompt())).toList() : List.of();
        List<String> answers = q.body() instanceof Matching matching ? Grading.answerChoices(matching) : List.of();
        return new LearnerQuestion(frozen.key(), q.type(), q.text(), q.points(), choices, prompts, answers);
    }

    /** The items in digest order, rotated by one if that is the right order (a rotation of two or more differs). */
    static List<Ordering.Item> unsolved(List<Ordering.Item> right) {
        List<Ordering.Item> shown = new ArrayList<>(right);
        shown.sort(Comparator.comparing((Ordering.Item i) -> scrambled(i.key())));
        if (shown.size() > 1 && shown.equals(right)) {
            Collections.rotate(shown, -1);
        }
        return List.copyOf(shown);
    }

    private static String scrambled(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
