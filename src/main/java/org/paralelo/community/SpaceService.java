package org.paralelo.community;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paralelo.base.InputChecks;
import org.paralelo.base.StaleDataException;
import org.paralelo.community.domain.SpaceRow;
import org.paralelo.community.domain.SpaceStore;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseId;
import org.paralelo.people.Caller;
import org.paralelo.people.Role;
import org.paralelo.programme.RunCircleService;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunPlace;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spaces a member sees: the network-wide categories (admins add, rename, reorder and archive them), the
 * spaces of the courses they belong to and of the programme runs they have a place in, made the first time they are
 * needed.
 */
@Service
@Transactional
public class SpaceService {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 500;

    private final SpaceStore spaces;
    private final SpaceAccess access;
    private final CourseAccess courses;
    private final CatalogueService catalogue;
    private final RunCircleService runs;
    private final Caller caller;
    private final ApplicationEventPublisher events;
    private final SpaceNames names;

    SpaceService(SpaceStore spaces, SpaceAccess access, CourseAccess courses, CatalogueService catalogue,
                 RunCircleService runs, Caller caller, ApplicationEventPublisher events, SpaceNames names) {
        this.names = names;
        this.events = events;
        this.runs = runs;
        this.spaces = spaces;
        this.access = access;
        this.courses = courses;
        this.catalogue = catalogue;
        this.caller = caller;
    }

    /** The network-wide categories, in their order (archived ones too for admins). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SpaceSummary> categories() {
        return spaces.categories(caller.isAdmin()).stream().map(SpaceService::summary).toList();
    }

    /** The spaces of the courses the caller learns in or teaches (every published course for admins). */
    @PreAuthorize("isAuthenticated()")
    public List<SpaceSummary> courseSpaces() {
        Set<CourseId> mine = new LinkedHashSet<>();
        List<CourseCard> cards = new ArrayList<>(catalogue.publishedCourses());
        if (caller.has(Role.TRAINER) || caller.isAdmin()) {
            cards.addAll(catalogue.coursesITeach());
        }
        Set<CourseId> readable = courses.readableCourses();
        List<SpaceSummary> found = new ArrayList<>();
        for (CourseCard card : cards) {
            boolean member = caller.isAdmin() || courses.canEdit(card.id())
                    || readable.contains(card.id()) && courses.canRead(card.id());
            if (member && mine.add(card.id())) {
                found.add(summary(names.course(card.id().value(), card.title())));
            }
        }
        return found;
    }

    /** The course's space, for its members; made on first use. */
    @PreAuthorize("@courseAccess.canEdit(#course) or @courseAccess.canRead(#course)")
    public SpaceSummary courseSpace(CourseId course) {
        String title = catalogue.published(course).map(c -> c.title())
                .orElseGet(() -> catalogue.coursesITeach().stream().filter(c -> c.id().equals(course))
                        .map(CourseCard::title).findFirst().orElse("—"));
        return summary(names.course(course.value(), title));
    }

    /** The spaces of the runs the caller belongs to, manages or follows as a coordinator (every run for admins). */
    @PreAuthorize("isAuthenticated()")
    public List<SpaceSummary> runSpaces() {
        return runs.myPlaces().stream().map(p -> summary(names.run(p.run().value(), p.name()))).toList();
    }

    /** The run's space, for the run's circle and the coordinators who follow it; made on first use. */
    @PreAuthorize("@runAccess.canSee(#run) or @runAccess.canFollow(#run)")
    public SpaceSummary runSpace(RunId run) {
        RunPlace place = runs.myPlace(run).orElseThrow();
        return summary(names.run(run.value(), place.name()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@spaceAccess.canRead(#space)")
    public SpaceSummary space(SpaceId space) {
        return summary(spaces.find(space.value()).orElseThrow());
    }

    /** Whether the caller may open threads in the space and moderate it (screens ask before showing buttons). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canPost(SpaceId space) {
        return access.canPost(space);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canModerate(SpaceId space) {
        return access.canModerate(space);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public SpaceId createCategory(String nameEs, String nameEn, String descriptionEs, String descriptionEn,
                                  int sortOrder) {
        check(0, nameEs, nameEn, descriptionEs, descriptionEn);
        String base = slug(nameEs);
        String slug = base;
        for (int n = 2; spaces.slugTaken(slug, 0); n++) {
            slug = base + "-" + n;
        }
        return new SpaceId(spaces.createCategory(slug, nameEs.strip(), nameEn.strip(), descriptionEs.strip(),
                descriptionEn.strip(), sortOrder));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void updateCategory(SpaceId space, String nameEs, String nameEn, String descriptionEs, String descriptionEn,
                               int sortOrder, boolean archived, long version) {
        check(space.value(), nameEs, nameEn, descriptionEs, descriptionEn);
        SpaceRow before = spaces.find(space.value()).orElseThrow(StaleDataException::new);
        if (!spaces.updateCategory(space.value(), version, nameEs.strip(), nameEn.strip(), descriptionEs.strip(),
                descriptionEn.strip(), sortOrder, archived)) {
            throw new StaleDataException();
        }
        if (!before.nameEs().equals(nameEs.strip()) || !before.nameEn().equals(nameEn.strip())) {
            events.publishEvent(new SpaceRenamed(space.value()));
        }
    }

    /** Archives a category (it disappears for members, its threads stay) or brings it back. */
    @PreAuthorize("hasRole('ADMIN')")
    public void setCategoryArchived(SpaceId space, boolean archived, long version) {
        if (!spaces.setArchived(space.value(), version, archived)) {
            throw new StaleDataException();
        }
    }

    /** Both names are required, short enough and not another category's name in the same language. */
    private void check(long exceptId, String nameEs, String nameEn, String descriptionEs, String descriptionEn) {
        InputChecks checks = new InputChecks().text(nameEs, "nameEs", NAME_MAX).text(nameEn, "nameEn", NAME_MAX)
                .optionalText(descriptionEs, "descriptionEs", DESCRIPTION_MAX)
                .optionalText(descriptionEn, "descriptionEn", DESCRIPTION_MAX);
        if (!checks.hasProblem("nameEs")) {
            checks.require(!spaces.categoryNameTaken("name_es", nameEs.strip(), exceptId), "nameEs",
                    "community.error.category-name-taken");
        }
        if (!checks.hasProblem("nameEn")) {
            checks.require(!spaces.categoryNameTaken("name_en", nameEn.strip(), exceptId), "nameEn",
                    "community.error.category-name-taken");
        }
        checks.throwIfAny();
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        plain = plain.length() > 50 ? plain.substring(0, 50) : plain;
        return plain.isEmpty() ? "espacio" : plain;
    }

    static SpaceSummary summary(SpaceRow row) {
        SpaceKind kind = row.runId() != null ? SpaceKind.RUN
                : row.courseId() == null ? SpaceKind.CATEGORY : SpaceKind.COURSE;
        return new SpaceSummary(new SpaceId(row.id()), kind,
                row.courseId() == null ? null : new CourseId(row.courseId()), row.nameEs(), row.nameEn(),
                row.descriptionEs(), row.descriptionEn(), row.sortOrder(), row.archived(), row.threadCount(),
                row.lastPostAt(), row.version());
    }
}
