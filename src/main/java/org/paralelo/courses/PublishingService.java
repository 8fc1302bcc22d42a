package org.paralelo.courses;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.domain.Course;
import org.paralelo.courses.domain.CourseModule;
import org.paralelo.courses.domain.CourseRepository;
import org.paralelo.courses.domain.CourseVersion;
import org.paralelo.courses.domain.CourseVersionRepository;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draft to published: publish a new immutable version, see the history with what changed, restore an old version
 * into the draft, unpublish or archive. Learners only ever read published versions.
 */
@Service
@Transactional
public class PublishingService {

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final Publisher publisher;
    private final Snapshots snapshots;
    private final ProfileService profiles;
    private final PersonDirectory directory;
    private final MediaUsage media;
    private final ApplicationEventPublisher events;

    PublishingService(CourseRepository courses, CourseVersionRepository versions, Publisher publisher,
                      Snapshots snapshots, ProfileService profiles, PersonDirectory directory, MediaUsage media,
                      ApplicationEventPublisher events) {
        this.courses = courses;
        this.versions = versions;
        this.publisher = publisher;
        this.snapshots = snapshots;
        this.profiles = profiles;
        this.directory = directory;
        this.media = media;
        this.events = events;
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public int publish(CourseId course) {
        return publisher.publish(load(course), profiles.myProfile().id().value());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public PendingChanges pendingChanges(CourseId course) {
        return publisher.pending(load(course));
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void unpublish(CourseId course) {
        Course draft = load(course);
        if (draft.getState() == CourseState.PUBLISHED) {
            draft.setState(CourseState.UNPUBLISHED);
            events.publishEvent(new CourseUnpublished(course));
        }
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void archive(CourseId course) {
        Course draft = load(course);
        boolean wasVisible = draft.getState() == CourseState.PUBLISHED;
        draft.setState(CourseState.ARCHIVED);
        if (wasVisible) {
            events.publishEvent(new CourseUnpublished(course));
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<VersionInfo> history(CourseId course) {
        Course draft = load(course);
        List<CourseVersion> all = versions.findByCourseIdOrderByNumberDesc(course.value());
        Map<Long, String> names = all.stream().map(CourseVersion::getPublishedBy).distinct()
                .collect(Collectors.toMap(id -> id, id -> directory.displayName(new PersonId(id)).orElse("—")));
        return all.stream().map(v -> new VersionInfo(v.getNumber(), v.getPublishedAt(), names.get(v.getPublishedBy()),
                Arrays.asList(v.getChangeSummary().split("\n")),
                draft.getState() == CourseState.PUBLISHED && Integer.valueOf(v.getNumber())
                        .equals(draft.getPublishedVersion()))).toList();
    }

    /**
     * Replaces the draft's structure and content with an old version's. Keys are kept, so items that still exist
     * keep their identity; nothing changes for learners until the next publish.
     */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void restoreIntoDraft(CourseId course, int number) {
        Course draft = load(course);
        PublishedCourse old = snapshots.read(versions.findByCourseIdAndNumber(course.value(), number)
                .orElseThrow(() -> new UserFacingException("error.course.version-not-found")));
        draft.setTitle(old.title());
        draft.setSummary(old.summary());
        draft.setLanguage(old.languageTag());
        draft.setEstimatedHours(old.estimatedHours());
        draft.setCoverMediaId(old.coverMediaId());
        List.copyOf(draft.getModules()).forEach(draft::removeModule);
        courses.flush();
        for (PublishedCourse.Module module : old.modules()) {
            CourseModule restored = draft.addModule(module.key(), module.title(), module.objectives());
            for (PublishedCourse.Item item : module.items()) {
                restored.addItem(item.key(), item.kind(), item.title(), item.required(), item.markdown());
            }
        }
        courses.flush();
        media.recordDraft(draft);
        events.publishEvent(new CourseDraftChanged(course));
    }

    private Course load(CourseId course) {
        return courses.findById(course.value()).orElseThrow(() -> new UserFacingException("error.course.not-found"));
    }
}
