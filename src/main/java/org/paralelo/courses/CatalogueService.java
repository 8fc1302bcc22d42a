package org.paralelo.courses;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.paralelo.base.Languages;
import org.paralelo.courses.domain.Course;
import org.paralelo.courses.domain.CourseRepository;
import org.paralelo.courses.domain.CourseVersion;
import org.paralelo.courses.domain.CourseVersionRepository;
import org.paralelo.people.Caller;
import org.paralelo.people.ProfileService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading courses. Learners read the current published version only; trainers and admins may also preview a
 * draft exactly as learners will see it. A course someone may not see is reported as absent, so ids cannot be
 * probed.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final Snapshots snapshots;
    private final ProfileService profiles;
    private final LessonRenderer renderer;
    private final Caller caller;

    CatalogueService(CourseRepository courses, CourseVersionRepository versions, Snapshots snapshots,
                     ProfileService profiles, LessonRenderer renderer, Caller caller) {
        this.courses = courses;
        this.versions = versions;
        this.snapshots = snapshots;
        this.profiles = profiles;
        this.renderer = renderer;
        this.caller = caller;
    }

    @PreAuthorize("isAuthenticated()")
    public List<CourseCard> publishedCourses() {
        return courses.findByStateOrderByTitle(CourseState.PUBLISHED).stream().map(this::current)
                .flatMap(Optional::stream).map(c -> card(c, CourseState.PUBLISHED)).toList();
    }

    /**
     * The most recently published courses first, for suggestions: a course published today must not fall off a
     * short alphabetical list (it did on the learner home, while the catalogue showed it).
     */
    @PreAuthorize("isAuthenticated()")
    public List<CourseCard> newestPublished(int limit) {
        return courses.findByStateOrderByTitle(CourseState.PUBLISHED).stream()
                .flatMap(c -> Optional.ofNullable(c.getPublishedVersion())
                        .flatMap(number -> versions.findByCourseIdAndNumber(c.getId(), number)).stream())
                .sorted(Comparator.comparing(CourseVersion::getPublishedAt).reversed()).limit(limit)
                .map(v -> card(snapshots.read(v), CourseState.PUBLISHED)).toList();
    }

    /** Trainers see the courses they own or co-teach; admins see every course that is not archived. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<CourseCard> coursesITeach() {
        return cards(caller.isAdmin() ? courses.findAllActive() : courses.findTaughtBy(profiles.myProfile().id().value()));
    }

    /** The archive, which no other list shows: a trainer's own archived courses; for admins, all of them. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<CourseCard> archivedCoursesITeach() {
        return cards(caller.isAdmin() ? courses.findByStateOrderByTitle(CourseState.ARCHIVED)
                : courses.findArchivedTaughtBy(profiles.myProfile().id().value()));
    }

    private List<CourseCard> cards(List<Course> list) {
        return list.stream().map(c -> card(snapshots.of(c, 0), c.getState())).toList();
    }

    /** The version learners see now, if the course is published. */
    @PreAuthorize("isAuthenticated()")
    public Optional<PublishedCourse> published(CourseId id) {
        return courses.findById(id.value()).filter(c -> c.getState() == CourseState.PUBLISHED)
                .flatMap(this::current);
    }

    /** The course's owner first, then its co-trainers, for the course page. */
    @PreAuthorize("@courseAccess.canView(#id)")
    public List<org.paralelo.people.PersonId> trainersOf(CourseId id) {
        return courses.findById(id.value()).map(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(
                c.getOwnerId()), c.getCoTrainerIds().stream().sorted()).distinct()
                .map(org.paralelo.people.PersonId::new).toList()).orElse(List.of());
    }

    /** The draft rendered as if it were published, for "preview as learner". */
    @PreAuthorize("@courseAccess.canEdit(#id)")
    public Optional<PublishedCourse> preview(CourseId id) {
        return courses.findById(id.value()).map(c -> snapshots.of(c, 0));
    }

    @PreAuthorize("@courseAccess.canRead(#id)")
    public Optional<LessonPage> lesson(CourseId id, String itemKey) {
        return published(id).flatMap(course -> page(course, itemKey));
    }

    @PreAuthorize("@courseAccess.canEdit(#id)")
    public Optional<LessonPage> previewLesson(CourseId id, String itemKey) {
        return preview(id).flatMap(course -> page(course, itemKey));
    }

    /**
     * A lesson of a version the caller already holds (from {@link #published}, which any signed-in person may ask
     * for), for a service that has made its own object-level check in the same transaction: {@link #lesson} would
     * make it again, with its queries (issue 16).
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<LessonPage> lessonOf(PublishedCourse course, String itemKey) {
        return page(course, itemKey);
    }

    private Optional<LessonPage> page(PublishedCourse course, String itemKey) {
        // The pager moves between lessons; quizzes are opened from the outline (their player belongs to assessment).
        List<PublishedCourse.Item> order = course.items().filter(i -> i.kind() == ItemKind.LESSON).toList();
        for (int i = 0; i < order.size(); i++) {
            PublishedCourse.Item item = order.get(i);
            if (item.key().equals(itemKey) && item.kind() == ItemKind.LESSON) {
                String module = course.modules().stream().filter(m -> m.items().contains(item))
                        .map(PublishedCourse.Module::title).findFirst().orElse("");
                return Optional.of(new LessonPage(course.id(), course.title(), module, item.key(), item.title(),
                        renderer.render(item.markdown() == null ? "" : item.markdown()),
                        i > 0 ? order.get(i - 1).key() : null, i + 1 < order.size() ? order.get(i + 1).key() : null));
            }
        }
        return Optional.empty();
    }

    private Optional<PublishedCourse> current(Course course) {
        return course.getPublishedVersion() == null ? Optional.empty()
                : snapshots.published(course.getId(), course.getPublishedVersion());
    }

    private static CourseCard card(PublishedCourse course, CourseState state) {
        int lessons = (int) course.items().filter(i -> i.kind() == ItemKind.LESSON).count();
        return new CourseCard(course.id(), course.title(), course.summary(), Languages.fromTag(course.languageTag()),
                course.estimatedHours(), course.topicCodes(), lessons, state, course.coverMediaId());
    }
}
