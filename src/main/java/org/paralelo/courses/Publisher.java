package org.paralelo.courses;

import java.time.Clock;
import java.util.List;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.domain.Course;
import org.paralelo.courses.domain.CourseItem;
import org.paralelo.courses.domain.CourseVersionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns the current draft into the next immutable version. Shared by trainers' publishing and by imports, whose
 * services decide who may call it.
 */
@Component
class Publisher {

    private final CourseVersionRepository versions;
    private final Snapshots snapshots;
    private final MediaUsage media;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publisher(CourseVersionRepository versions, Snapshots snapshots, MediaUsage media,
              ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.snapshots = snapshots;
        this.media = media;
        this.events = events;
        this.clock = clock;
    }

    /** The change lines the next publish would record (see {@link PendingChanges}). */
    PendingChanges pending(Course course) {
        boolean hasQuizzes = course.getModules().stream().flatMap(m -> m.getItems().stream())
                .anyMatch(i -> i.getKind() == ItemKind.QUIZ);
        return versions.findFirstByCourseIdOrderByNumberDesc(course.getId())
                .map(previous -> new PendingChanges(false, course.getState() == CourseState.PUBLISHED,
                        ChangeSummary.between(snapshots.read(previous), snapshots.of(course, previous.getNumber() + 1)),
                        hasQuizzes))
                .orElseGet(() -> new PendingChanges(true, false, List.of("history.first-version"), hasQuizzes));
    }

    int publish(Course course, long publishedBy) {
        boolean hasItems = course.getModules().stream().anyMatch(m -> !m.getItems().isEmpty());
        if (!hasItems) {
            throw new UserFacingException("error.course.publish-empty");
        }
        List<CourseItem> emptyLessons = course.getModules().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getKind() == ItemKind.LESSON && i.getBodyMarkdown().isBlank()).toList();
        if (!emptyLessons.isEmpty()) {
            throw new UserFacingException("error.course.publish-empty-lesson", emptyLessons.getFirst().getTitle());
        }
        int number = versions.findFirstByCourseIdOrderByNumberDesc(course.getId()).map(v -> v.getNumber() + 1)
                .orElse(1);
        PublishedCourse snapshot = snapshots.of(course, number);
        String summary = versions.findFirstByCourseIdOrderByNumberDesc(course.getId())
                .map(previous -> String.join("\n", ChangeSummary.between(snapshots.read(previous), snapshot)))
                .orElse("history.first-version");
        snapshots.store(snapshot, clock.instant(), publishedBy, summary.isEmpty() ? "history.no-changes" : summary);
        media.recordVersion(snapshot);
        course.setState(CourseState.PUBLISHED);
        course.setPublishedVersion(number);
        // Listeners that must publish with the course (quiz snapshots) run before this transaction commits.
        events.publishEvent(new CoursePublished(new CourseId(course.getId()), number));
        return number;
    }
}
