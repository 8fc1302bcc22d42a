package org.paralelo.interchange;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuizSettings;

/**
 * A course package once read and checked: the manifest's content with each lesson's Markdown and each quiz's
 * questions loaded, the bank-only questions, and the media files the lessons use (package path → bytes, in the
 * order they are first used). Links in lessons still point to package paths ({@code media/plantilla.pdf}).
 */
public record CoursePackage(String code, String language, String title, String summary, List<String> topics,
                            int estimatedHours, List<Module> modules, List<ParsedQuestion> bank,
                            Map<String, byte[]> media) {

    public static final String FORMAT = "paralelo-course/1";

    public record Module(String code, String title, String objectives, List<Item> items) {
    }

    /** A lesson (markdown set) or a quiz (questions and settings set). */
    public record Item(String code, boolean quiz, String title, String file, boolean required,
                       @Nullable String markdown, List<ParsedQuestion> questions, @Nullable QuizSettings settings) {
    }

    public int lessonCount() {
        return (int) modules.stream().flatMap(m -> m.items().stream()).filter(i -> !i.quiz()).count();
    }

    public int quizCount() {
        return (int) modules.stream().flatMap(m -> m.items().stream()).filter(Item::quiz).count();
    }

    public int questionCount() {
        return modules.stream().flatMap(m -> m.items().stream()).mapToInt(i -> i.questions().size()).sum()
                + bank.size();
    }
}
