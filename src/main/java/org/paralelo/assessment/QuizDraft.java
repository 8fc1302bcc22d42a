package org.paralelo.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;

/**
 * A quiz item of a course draft as the quiz editor shows it: settings and slots in order. A quiz whose settings
 * were never saved shows the defaults with version {@link #UNSAVED}.
 */
public record QuizDraft(CourseId course, String itemKey, String title, QuizSettings settings, List<Slot> slots,
                        long version) {

    public static final long UNSAVED = -1;

    /** One fixed question (draw is 1) or a random draw of {@code draw} questions from a category. */
    public record Slot(long id, SlotKind kind, @Nullable QuestionSummary question, @Nullable Long categoryId,
                       @Nullable String categoryName, int draw) {
    }

    public QuizDraft {
        slots = List.copyOf(slots);
    }

    /** How many questions each attempt will have; descriptions are not questions. */
    public int questionCount() {
        return slots.stream().filter(s -> s.question() == null || s.question().type().answered())
                .mapToInt(Slot::draw).sum();
    }
}
