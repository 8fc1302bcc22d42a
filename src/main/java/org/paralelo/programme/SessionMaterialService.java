package org.paralelo.programme;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.RunRepository;
import org.paralelo.programme.domain.SessionMaterial;
import org.paralelo.programme.domain.SessionMaterialRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Materials of a session: lessons of the run's course and files (checked and stored by media from their bytes, with
 * media's size caps). Whoever manages the session adds and removes them; whoever may see the session reads them and
 * downloads its files ({@link SessionMaterialMediaPolicy}).
 */
@Service
@Transactional
public class SessionMaterialService {

    /** Enough for a workshop's hand-outs; a longer list belongs in a lesson. */
    public static final int MAX_MATERIALS = 20;

    private final ProgrammeSessionRepository sessions;
    private final RunRepository runs;
    private final SessionMaterialRepository materials;
    private final CatalogueService catalogue;
    private final MediaService media;
    private final ProfileService profiles;
    private final Clock clock;

    SessionMaterialService(ProgrammeSessionRepository sessions, RunRepository runs,
                           SessionMaterialRepository materials, CatalogueService catalogue, MediaService media,
                           ProfileService profiles, Clock clock) {
        this.sessions = sessions;
        this.runs = runs;
        this.materials = materials;
        this.catalogue = catalogue;
        this.media = media;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The session's materials in the order they were added. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canSeeSession(#session)")
    public List<SessionMaterialView> materials(SessionId session) {
        Optional<CourseId> course = courseOf(find(session));
        return materials.findBySessionIdOrderByIdAsc(session.value()).stream().map(m -> {
            String link = m.getMediaId() != null
                    ? media.find(new MediaId(m.getMediaId())).map(StoredMedia::downloadPath).orElse("")
                    : course.map(c -> LearnerPaths.lesson(c, m.getLessonKey())).orElse("");
            return new SessionMaterialView(m.getId(), m.getMediaId() == null, m.getTitle(), link);
        }).toList();
    }

    /** The lessons of the run's published course that can be added (none for a session of a debate series). */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canManageSession(#session) or @seriesAccess.canManageSession(#session)")
    public List<PublishedCourse.Item> lessonsToAdd(SessionId session) {
        return courseOf(find(session)).flatMap(catalogue::published).stream().flatMap(PublishedCourse::items)
                .filter(i -> i.kind() == ItemKind.LESSON).toList();
    }

    /** Adds a lesson of the run's course; a lesson of another course (or none) is refused. */
    @PreAuthorize("@runAccess.canManageSession(#session) or @seriesAccess.canManageSession(#session)")
    public SessionMaterialView addLesson(SessionId session, String lessonKey) {
        ProgrammeSession found = find(session);
        CourseId course = courseOf(found).orElseThrow(() -> InvalidInputException.of("lesson",
                "error.programme.material.lesson-not-in-course"));
        PublishedCourse.Item lesson = catalogue.published(course).flatMap(c -> c.item(lessonKey))
                .filter(i -> i.kind() == ItemKind.LESSON).orElseThrow(() -> InvalidInputException.of("lesson",
                        "error.programme.material.lesson-not-in-course"));
        requireRoom(found);
        SessionMaterial saved = materials.save(SessionMaterial.lesson(found.getId(), lesson.key(), lesson.title(),
                me().value(), clock.instant()));
        return new SessionMaterialView(saved.getId(), true, saved.getTitle(), LearnerPaths.lesson(course, lesson.key()));
    }

    /**
     * Stores a file for the session through media (type from the bytes, size capped; refusals on the field
     * {@code file}) and adds it.
     */
    @PreAuthorize("@runAccess.canManageSession(#session) or @seriesAccess.canManageSession(#session)")
    public SessionMaterialView addFile(SessionId session, InputStream content, String fileName) {
        ProgrammeSession found = find(session);
        requireRoom(found);
        StoredMedia stored = media.store(content, fileName, MediaPurpose.ATTACHMENT);
        SessionMaterial saved = materials.save(SessionMaterial.file(found.getId(), stored.id().value(),
                stored.originalName(), me().value(), clock.instant()));
        return new SessionMaterialView(saved.getId(), false, saved.getTitle(), stored.downloadPath());
    }

    /** Takes a material off the session (the stored file stays with media, as other uploads do). */
    @PreAuthorize("@runAccess.canManageSession(#session) or @seriesAccess.canManageSession(#session)")
    public void remove(SessionId session, long material) {
        materials.findById(material).filter(m -> m.getSessionId() == session.value()).ifPresent(materials::delete);
    }

    private void requireRoom(ProgrammeSession session) {
        if (materials.findBySessionIdOrderByIdAsc(session.getId()).size() >= MAX_MATERIALS) {
            throw new UserFacingException("error.programme.material.too-many", MAX_MATERIALS);
        }
    }

    private Optional<CourseId> courseOf(ProgrammeSession session) {
        return session.isOfSeries() ? Optional.empty()
                : runs.findById(session.getRunId()).map(r -> new CourseId(r.getCourseId()));
    }

    private ProgrammeSession find(SessionId id) {
        return sessions.findById(id.value())
                .orElseThrow(() -> new UserFacingException("error.programme.session-unknown"));
    }

    private PersonId me() {
        return profiles.myId().orElseThrow(() -> new UserFacingException("error.person-not-found"));
    }
}
