package org.paralelo.courses;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One immutable published version of a course, as stored (JSON) and as learners read it. Keys are the draft's
 * stable keys, so progress and search documents survive republishing.
 */
public record PublishedCourse(long courseId, int version, String title, String summary, String languageTag,
                              int estimatedHours, List<String> topicCodes, @Nullable Long coverMediaId,
                              List<Module> modules) {

    public record Module(String key, String title, String objectives, List<Item> items) {
    }

    public record Item(String key, ItemKind kind, String title, boolean required, @Nullable String markdown) {
    }

    public CourseId id() {
        return new CourseId(courseId);
    }

    public Stream<Item> items() {
        return modules.stream().flatMap(m -> m.items().stream());
    }

    public Optional<Item> item(String key) {
        return items().filter(i -> i.key().equals(key)).findFirst();
    }
}
