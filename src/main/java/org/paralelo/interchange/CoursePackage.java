package org.paralelo.interchange;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuizSettings;

/**
 * A course package once read and checked: the manifest's content with each lesson's Markdown and each quiz's
 * questions loaded, the bank-only questions, and the media files the lessons use (package path → bytes, in the
 * order they are first used). Links in lessons still point to package paths ({@code media/plantilla.pdf}).
 *
 * @param format   what was read: {@link #FORMAT}, or {@code IMS Common Cartridge 1.3.0} (its declared version)
 * @param bankFile the file the bank-only questions came from ({@code quizzes/bank.gift}); empty when none
 * @param lines    the manifest line of each field, by path: {@code title}, {@code topics.0}, {@code modules.1} (where
 *              the module starts), {@code modules.1.items.2.title}; see {@link #line(String)}
 */
public record CoursePackage(String format, String code, String language, String title, String summary, List<String> topics,
                            int estimatedHours, List<Module> modules, List<ParsedQuestion> bank,
                            String bankFile, Map<String, byte[]> media, Map<String, Integer> lines) {

    public static final String FORMAT = "paralelo-course/1";

    /** The start of {@link #format} for a cartridge; what follows is its declared version. */
    public static final String CARTRIDGE = "IMS Common Cartridge";

    public CoursePackage {
        lines = Map.copyOf(lines);
    }

    /** The manifest of a package of this format, which refusals about the whole course name. */
    static String manifestFile(String format) {
        return format.startsWith(CARTRIDGE) ? CartridgeManifest.FILE : PackageReader.MANIFEST;
    }

    String manifestFile() {
        return manifestFile(format);
    }

    /**
     * The manifest line of a field, by the path the course model names it with ({@code modules.0.items.1.title}),
     * or else of the closest entry holding it ({@code modules.0.items.1} for its {@code markdown}); 0 when the
     * manifest has no such field.
     */
    public int line(String field) {
        String path = field;
        while (true) {
            Integer line = lines.get(path);
            if (line != null) {
                return line;
            }
            int dot = path.lastIndexOf('.');
            if (dot < 0) {
                return 0;
            }
            path = path.substring(0, dot);
        }
    }

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
