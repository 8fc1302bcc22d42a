package org.paralelo.assessment;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A quiz as frozen with one published course version: settings and every question, right answers and feedback
 * included. Never changes; editing the bank or the quiz only affects the next published version. Trainers read
 * it whole; learners get {@link #forLearners()}.
 *
 * <p>A random slot holds its whole pool (the category's questions at publishing time, minus questions the quiz
 * also uses as fixed ones); each attempt draws {@code draw} of them.
 */
public record PublishedQuiz(long courseId, int courseVersion, String itemKey, String title, QuizSettings settings,
                            List<Slot> slots) {

    public record Slot(SlotKind kind, int draw, @Nullable String categoryName, List<FrozenQuestion> questions) {
        public Slot {
            questions = List.copyOf(questions);
        }
    }

    /** A question with the stable key it has in the bank, so answers and statistics follow it across versions. */
    public record FrozenQuestion(String key, Question question) {
    }

    public PublishedQuiz {
        slots = List.copyOf(slots);
    }

    /** How many questions each attempt has; descriptions (never drawn at random) are not questions. */
    public int questionCount() {
        return slots.stream().filter(s -> s.kind() == SlotKind.RANDOM || s.questions().stream()
                .allMatch(q -> q.question().type().answered())).mapToInt(Slot::draw).sum();
    }

    public Optional<FrozenQuestion> question(String key) {
        return slots.stream().flatMap(s -> s.questions().stream()).filter(q -> q.key().equals(key)).findFirst();
    }

    /** The same quiz without right answers, credits, accepted answers or any feedback. */
    public LearnerQuiz forLearners() {
        return LearnerQuiz.of(this);
    }
}
