package org.paralelo.courses;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paralelo.courses.domain.Course;
import org.paralelo.courses.domain.CourseVersion;
import org.paralelo.courses.domain.CourseVersionLesson;
import org.paralelo.courses.domain.CourseVersionLessonRepository;
import org.paralelo.courses.domain.CourseVersionRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a draft as a published snapshot and reads snapshots back. Snapshots never change, so parsed ones are
 * kept in a small cache keyed by course and version.
 */
@Component
class Snapshots {

    private final JsonMapper json = JsonMapper.builder().build();
    private final CourseRules rules;
    private final Map<String, PublishedCourse> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PublishedCourse> eldest) {
                    return size() > 200;
                }
            });

    private final CourseVersionRepository versions;
    private final CourseVersionLessonRepository lessons;

    Snapshots(CourseRules rules, CourseVersionRepository versions, CourseVersionLessonRepository lessons) {
        this.rules = rules;
        this.versions = versions;
        this.lessons = lessons;
    }

    PublishedCourse of(Course course, int version) {
        return new PublishedCourse(course.getId(), version, course.getTitle(), course.getSummary(),
                course.getLanguage(), course.getEstimatedHours(),
                rules.topicCodes(course.getTopicIds()).stream().sorted().toList(), course.getCoverMediaId(),
                course.getModules().stream().map(m -> new PublishedCourse.Module(m.getKey(), m.getTitle(),
                        m.getObjectives(), m.getItems().stream().map(i -> new PublishedCourse.Item(i.getKey(),
                                i.getKind(), i.getTitle(), i.isRequired(),
                                i.getKind() == ItemKind.LESSON ? i.getBodyMarkdown() : null)).toList())).toList());
    }

    /** Stores a version: the structure as JSON in the version row, each lesson body in its own row. */
    void store(PublishedCourse course, Instant when, long publishedBy, String summary) {
        PublishedCourse structure = new PublishedCourse(course.courseId(), course.version(), course.title(),
                course.summary(), course.languageTag(), course.estimatedHours(), course.topicCodes(),
                course.coverMediaId(), course.modules().stream().map(m -> new PublishedCourse.Module(m.key(),
                        m.title(), m.objectives(), m.items().stream().map(i -> new PublishedCourse.Item(i.key(),
                                i.kind(), i.title(), i.required(), null)).toList())).toList());
        versions.saveAndFlush(new CourseVersion(course.courseId(), course.version(), when, publishedBy, summary,
                json.writeValueAsString(structure)));
        course.items().filter(i -> i.kind() == ItemKind.LESSON).forEach(i -> lessons.save(
                new CourseVersionLesson(course.courseId(), course.version(), i.key(),
                        i.markdown() == null ? "" : i.markdown())));
        lessons.flush();
    }

    /**
     * A published version by course and number: from the cache without a query once read, so a learner's every
     * navigation does not load the version row (its whole structure as JSON) again.
     */
    Optional<PublishedCourse> published(long courseId, int number) {
        PublishedCourse cached = cache.get(courseId + "@" + number);
        return cached != null ? Optional.of(cached)
                : versions.findByCourseIdAndNumber(courseId, number).map(this::read);
    }

    PublishedCourse read(CourseVersion version) {
        return cache.computeIfAbsent(version.getCourseId() + "@" + version.getNumber(), key -> {
            PublishedCourse structure = json.readValue(version.getSnapshot(), PublishedCourse.class);
            Map<String, String> bodies = lessons.findByKeyCourseIdAndKeyNumber(version.getCourseId(),
                    version.getNumber()).stream().collect(Collectors.toMap(CourseVersionLesson::getItemKey,
                    CourseVersionLesson::getMarkdown));
            return new PublishedCourse(structure.courseId(), structure.version(), structure.title(),
                    structure.summary(), structure.languageTag(), structure.estimatedHours(),
                    structure.topicCodes(), structure.coverMediaId(), structure.modules().stream()
                    .map(m -> new PublishedCourse.Module(m.key(), m.title(), m.objectives(), m.items().stream()
                            .map(i -> new PublishedCourse.Item(i.key(), i.kind(), i.title(), i.required(),
                                    bodies.get(i.key()))).toList())).toList());
        });
    }
}
