package org.paralelo.courses;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A whole course as a package brings it: details, the course's stable code, and modules and items with the keys
 * they keep (a package's codes become the keys, so a re-import or a round trip keeps every item's identity).
 * Lesson bodies are Markdown; quiz items carry no body (the assessment module stores their questions).
 */
public record ImportedCourse(String code, CourseDetails details, List<Module> modules) {

    public ImportedCourse {
        modules = List.copyOf(modules);
    }

    public record Module(String key, String title, String objectives, List<Item> items) {
        public Module {
            items = List.copyOf(items);
        }
    }

    public record Item(String key, ItemKind kind, String title, boolean required, @Nullable String markdown) {
    }

    public static ImportedCourse of(String code, String title, String summary, String language, int hours,
                                    Set<String> topics, List<Module> modules) {
        return new ImportedCourse(code, new CourseDetails(title, summary, language, hours, topics, null), modules);
    }
}
