package org.paralelo.courses;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.domain.Course;
import org.paralelo.courses.domain.CourseItem;
import org.paralelo.courses.domain.CourseModule;
import org.paralelo.courses.domain.CourseRepository;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.people.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers edit a course's draft here: details, modules, items, lesson Markdown, order and co-trainers. Every
 * change is checked against the version the trainer saw, so a second trainer's save never silently overwrites.
 * Learners never see the draft; they see published versions (see {@link PublishingService}).
 */
@Service
@Transactional
public class CourseAuthoringService {

    private final CourseRepository courses;
    private final CourseRules rules;
    private final ProfileService profiles;
    private final DraftViews views;
    private final LessonRenderer renderer;
    private final MediaUsage media;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseAuthoringService(CourseRepository courses, CourseRules rules, ProfileService profiles, DraftViews views,
                           LessonRenderer renderer, MediaUsage media, ApplicationEventPublisher events, Clock clock) {
        this.courses = courses;
        this.rules = rules;
        this.profiles = profiles;
        this.views = views;
        this.renderer = renderer;
        this.media = media;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseId createCourse(CourseDetails details) {
        rules.checkDetails(details);
        Course course = new Course(details.title(), details.summary(), details.languageTag(),
                details.estimatedHours(), profiles.myProfile().id().value(), clock.instant());
        course.getTopicIds().addAll(rules.topicIds(details.topicCodes()));
        course.setCoverMediaId(details.coverMediaId());
        CourseId id = new CourseId(courses.saveAndFlush(course).getId());
        events.publishEvent(new CourseDraftChanged(id));
        return id;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public CourseDraft draft(CourseId course) {
        return views.draft(load(course));
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void updateDetails(CourseId course, CourseDetails details, long version) {
        Course draft = load(course);
        StaleDataException.check(version, draft.getVersion());
        rules.checkDetails(details);
        draft.setTitle(details.title());
        draft.setSummary(details.summary());
        draft.setLanguage(details.languageTag());
        draft.setEstimatedHours(details.estimatedHours());
        draft.getTopicIds().clear();
        draft.getTopicIds().addAll(rules.topicIds(details.topicCodes()));
        draft.setCoverMediaId(details.coverMediaId());
        draft.touch(clock.instant());
        media.recordDraft(draft);
        changed(draft);
    }

    /** Only the owner or an admin chooses co-trainers; each must hold the trainer role. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void setCoTrainers(CourseId course, Set<PersonId> coTrainers) {
        Course draft = load(course);
        boolean admin = profiles.myProfile().roles().contains(Role.ADMIN);
        if (!admin && draft.getOwnerId() != profiles.myProfile().id().value()) {
            throw new UserFacingException("error.course.owner-only");
        }
        draft.getCoTrainerIds().clear();
        draft.getCoTrainerIds().addAll(coTrainers.stream().map(PersonId::value)
                .filter(id -> id != draft.getOwnerId()).collect(Collectors.toSet()));
        changed(draft);
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public String addModule(CourseId course, String title, String objectives) {
        rules.checkModule(title, objectives);
        Course draft = load(course);
        String key = Keys.newKey();
        draft.addModule(key, title, objectives);
        changed(draft);
        return key;
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void updateModule(CourseId course, String moduleKey, String title, String objectives, long version) {
        rules.checkModule(title, objectives);
        Course draft = load(course);
        CourseModule module = module(draft, moduleKey);
        StaleDataException.check(version, module.getVersion());
        module.setTitle(title);
        module.setObjectives(objectives);
        changed(draft);
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void removeModule(CourseId course, String moduleKey) {
        Course draft = load(course);
        draft.removeModule(module(draft, moduleKey));
        changed(draft);
    }

    /** Moves a module to a zero-based position; the buttons and drag-and-drop both end here. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void moveModule(CourseId course, String moduleKey, int newIndex) {
        Course draft = load(course);
        draft.moveModule(module(draft, moduleKey), newIndex);
        changed(draft);
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public String addItem(CourseId course, String moduleKey, ItemKind kind, String title, boolean required) {
        rules.checkItemTitle(title);
        Course draft = load(course);
        String key = Keys.newKey();
        module(draft, moduleKey).addItem(key, kind, title, required, kind == ItemKind.LESSON ? "" : null);
        changed(draft);
        return key;
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void updateItem(CourseId course, String itemKey, String title, boolean required, long version) {
        rules.checkItemTitle(title);
        Course draft = load(course);
        CourseItem item = item(draft, itemKey);
        StaleDataException.check(version, item.getVersion());
        item.setTitle(title);
        item.setRequired(required);
        changed(draft);
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void removeItem(CourseId course, String itemKey) {
        Course draft = load(course);
        CourseItem item = item(draft, itemKey);
        item.getModule().removeItem(item);
        media.recordDraft(draft);
        changed(draft);
    }

    /** Moves an item to a zero-based position in a module, which may be another module of the same course. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void moveItem(CourseId course, String itemKey, String targetModuleKey, int newIndex) {
        Course draft = load(course);
        module(draft, targetModuleKey).placeItem(item(draft, itemKey), newIndex);
        changed(draft);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public LessonDraft lesson(CourseId course, String itemKey) {
        CourseItem item = lessonItem(load(course), itemKey);
        return new LessonDraft(course, itemKey, item.getTitle(), item.isRequired(), item.getBodyMarkdown(),
                item.getVersion());
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public long saveLesson(CourseId course, String itemKey, String markdown, long version) {
        rules.checkMarkdown(markdown);
        Course draft = load(course);
        CourseItem item = lessonItem(draft, itemKey);
        StaleDataException.check(version, item.getVersion());
        item.setBodyMarkdown(markdown);
        media.recordDraft(draft);
        changed(draft);
        courses.flush();
        return item.getVersion();
    }

    /** Renders Markdown exactly as learners will see it, for the editor's live preview. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public String preview(CourseId course, String markdown) {
        rules.checkMarkdown(markdown);
        return renderer.render(markdown);
    }

    /** Copies the whole draft into a new course owned by the caller: a template or the next regional run. */
    @PreAuthorize("@courseAccess.canEdit(#source) and hasAnyRole('TRAINER', 'ADMIN')")
    public CourseId copyCourse(CourseId source, String newTitle) {
        Course original = load(source);
        rules.checkItemTitle(newTitle);
        Course copy = new Course(newTitle, original.getSummary(), original.getLanguage(),
                original.getEstimatedHours(), profiles.myProfile().id().value(), clock.instant());
        copy.getTopicIds().addAll(original.getTopicIds());
        copy.setCoverMediaId(original.getCoverMediaId());
        Map<String, String> itemKeys = new HashMap<>();
        for (CourseModule module : original.getModules()) {
            CourseModule target = copy.addModule(Keys.newKey(), module.getTitle(), module.getObjectives());
            for (CourseItem item : module.getItems()) {
                String key = Keys.newKey();
                itemKeys.put(item.getKey(), key);
                target.addItem(key, item.getKind(), item.getTitle(), item.isRequired(),
                        item.getKind() == ItemKind.LESSON ? item.getBodyMarkdown() : null);
            }
        }
        CourseId id = new CourseId(courses.saveAndFlush(copy).getId());
        media.recordDraft(copy);
        events.publishEvent(new CourseCopied(source, id, itemKeys));
        events.publishEvent(new CourseDraftChanged(id));
        return id;
    }

    private Course load(CourseId course) {
        return courses.findById(course.value()).orElseThrow(() -> new UserFacingException("error.course.not-found"));
    }

    private static CourseModule module(Course course, String key) {
        return course.getModules().stream().filter(m -> m.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new UserFacingException("error.course.module-not-found"));
    }

    static CourseItem item(Course course, String key) {
        return course.getModules().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new UserFacingException("error.course.item-not-found"));
    }

    private static CourseItem lessonItem(Course course, String key) {
        CourseItem item = item(course, key);
        if (item.getKind() != ItemKind.LESSON) {
            throw new UserFacingException("error.course.item-not-found");
        }
        return item;
    }

    /** Structural changes do not bump the course's own version, so a details form open elsewhere stays valid. */
    private void changed(Course draft) {
        events.publishEvent(new CourseDraftChanged(new CourseId(draft.getId())));
    }
}
