package org.paralelo.courses;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paralelo.base.FieldProblem;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.domain.Course;
import org.paralelo.courses.domain.CourseModule;
import org.paralelo.courses.domain.CourseRepository;
import org.paralelo.courses.domain.CourseVersionRepository;
import org.paralelo.people.ProfileService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores whole courses read from packages (interchange module) and hands whole courses out for export: a new
 * draft with the package's code, or a replacement of an existing course's draft (learners see nothing until the
 * trainer publishes). Runs inside the caller's transaction, so a failed import leaves no trace.
 */
@Service
@Transactional
public class CourseImportService {

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final CourseRules rules;
    private final Snapshots snapshots;
    private final MediaUsage media;
    private final ProfileService profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseImportService(CourseRepository courses, CourseVersionRepository versions, CourseRules rules,
                        Snapshots snapshots, MediaUsage media, ProfileService profiles,
                        ApplicationEventPublisher events, Clock clock) {
        this.courses = courses;
        this.versions = versions;
        this.rules = rules;
        this.snapshots = snapshots;
        this.media = media;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    /** The course that has this code, if any (codes are unique across the platform). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Optional<CourseId> findByCode(String code) {
        return courses.findByCode(code).map(c -> new CourseId(c.getId()));
    }

    /** The course's code; courses created in the editor have none until they are first exported. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public Optional<String> code(CourseId course) {
        return Optional.ofNullable(load(course).getCode());
    }

    /** A new course draft owned by the signed-in trainer, with the package's code and keys. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public CourseId createDraft(ImportedCourse imported) {
        if (courses.existsByCode(imported.code())) {
            throw new UserFacingException("error.course.code-taken", imported.code());
        }
        check(imported);
        CourseDetails d = imported.details();
        Course course = new Course(d.title(), d.summary(), d.languageTag(), d.estimatedHours(),
                profiles.myProfile().id().value(), clock.instant());
        course.setCode(imported.code());
        course.getTopicIds().addAll(rules.topicIds(d.topicCodes()));
        fill(course, imported.modules());
        courses.saveAndFlush(course);
        media.recordDraft(course);
        CourseId id = new CourseId(course.getId());
        events.publishEvent(new CourseDraftChanged(id));
        return id;
    }

    /** Replaces an existing course's draft (details and structure) with the package's; the code is kept. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void replaceDraft(CourseId course, ImportedCourse imported) {
        check(imported);
        Course draft = load(course);
        CourseDetails d = imported.details();
        draft.setTitle(d.title());
        draft.setSummary(d.summary());
        draft.setLanguage(d.languageTag());
        draft.setEstimatedHours(d.estimatedHours());
        draft.getTopicIds().clear();
        draft.getTopicIds().addAll(rules.topicIds(d.topicCodes()));
        if (draft.getCode() == null) {
            draft.setCode(imported.code());
        }
        List.copyOf(draft.getModules()).forEach(draft::removeModule);
        courses.flush();
        fill(draft, imported.modules());
        draft.touch(clock.instant());
        courses.flush();
        media.recordDraft(draft);
        events.publishEvent(new CourseDraftChanged(course));
    }

    /** The draft as a whole course with lesson bodies (version 0 marks a draft). */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public PublishedCourse draftContent(CourseId course) {
        return snapshots.of(load(course), 0);
    }

    /** One published version, as frozen when it was published. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public PublishedCourse versionContent(CourseId course, int number) {
        return snapshots.read(versions.findByCourseIdAndNumber(course.value(), number)
                .orElseThrow(() -> new UserFacingException("error.course.version-not-found")));
    }

    /**
     * Every rule of the course model the imported course breaks, all at once, each on the path of its field:
     * {@code title}, {@code summary}, {@code modules.0.objectives}, {@code modules.1.items.2.title},
     * {@code modules.1.items.2.markdown}. Empty when {@link #createDraft} and {@link #replaceDraft} would accept
     * it (they run the same checks and refuse with these problems).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<FieldProblem> problems(ImportedCourse imported) {
        List<FieldProblem> problems = new ArrayList<>();
        collect(problems, "", () -> rules.checkDetails(imported.details()));
        for (int m = 0; m < imported.modules().size(); m++) {
            ImportedCourse.Module module = imported.modules().get(m);
            String modulePath = "modules." + m + ".";
            collect(problems, modulePath, () -> rules.checkModule(module.title(), module.objectives()));
            for (int i = 0; i < module.items().size(); i++) {
                ImportedCourse.Item item = module.items().get(i);
                String itemPath = modulePath + "items." + i + ".";
                collect(problems, itemPath, () -> rules.checkItemTitle(item.title()));
                if (item.kind() == ItemKind.LESSON) {
                    collect(problems, itemPath, () -> rules.checkMarkdown(item.markdown() == null ? ""
                            : item.markdown()));
                }
            }
        }
        return problems;
    }

    private void check(ImportedCourse imported) {
        List<FieldProblem> problems = problems(imported);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void collect(List<FieldProblem> problems, String path, Runnable rule) {
        try {
            rule.run();
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> problems.add(new FieldProblem(path + p.field(), p.messageKey(),
                    p.arguments())));
        }
    }

    private static void fill(Course course, List<ImportedCourse.Module> modules) {
        for (ImportedCourse.Module m : modules) {
            CourseModule module = course.addModule(m.key(), m.title(), m.objectives());
            m.items().forEach(i -> module.addItem(i.key(), i.kind(), i.title(), i.required(),
                    i.kind() == ItemKind.LESSON ? i.markdown() : null));
        }
    }

    private Course load(CourseId course) {
        return courses.findById(course.value()).orElseThrow(() -> new UserFacingException("error.course.not-found"));
    }
}
