package org.paralelo.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.domain.Enrolment;
import org.paralelo.learning.domain.EnrolmentRepository;
import org.paralelo.learning.domain.EnrolmentSettings;
import org.paralelo.learning.domain.EnrolmentSettingsRepository;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.ProfileService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is enrolled where. Learners enrol themselves where a course allows it and inside its window (checked
 * with the server's clock); the course's trainers and admins enrol people one by one or by filter, at any time.
 * Nobody enrols into a course that is not published.
 */
@Service
@Transactional
public class EnrolmentService {

    private final EnrolmentSettingsRepository settings;
    private final EnrolmentRepository enrolments;
    private final CatalogueService catalogue;
    private final ProfileService profiles;
    private final PersonDirectory directory;
    private final Clock clock;
    private final CourseAccess access;
    private final ObjectProvider<LearnerGroups> groups;

    EnrolmentService(EnrolmentSettingsRepository settings, EnrolmentRepository enrolments, CatalogueService catalogue,
                     ProfileService profiles, PersonDirectory directory, Clock clock, CourseAccess access,
                     ObjectProvider<LearnerGroups> groups) {
        this.groups = groups;
        this.access = access;
        this.settings = settings;
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.directory = directory;
        this.clock = clock;
    }

    /** Whether the signed-in person manages this course's learners (its trainers and admins). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canManage(CourseId course) {
        return access.canEdit(course);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canView(#course)")
    public EnrolmentRules rules(CourseId course) {
        return view(settingsOf(course));
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public EnrolmentRules saveRules(CourseId course, EnrolmentRules rules) {
        EnrolmentSettings current = settings.findById(course.value()).orElse(null);
        if (current == null) {
            StaleDataException.check(rules.version(), 0);
            current = EnrolmentSettings.defaults(course.value());
        } else {
            StaleDataException.check(rules.version(), current.getVersion());
        }
        if (rules.opensAt() != null && rules.closesAt() != null && !rules.opensAt().isBefore(rules.closesAt())) {
            throw InvalidInputException.of("closesAt", "error.learning.window-order");
        }
        current.setSelfEnrolment(rules.selfEnrolment());
        current.setWindow(rules.opensAt(), rules.closesAt());
        current.setCompletionMode(rules.completionMode());
        return view(settings.saveAndFlush(current));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EnrolmentStatus myStatus(CourseId course) {
        PersonId me = profiles.myId().orElse(null);
        if (me != null) {
            var mine = enrolments.findByKey(course.value(), me.value());
            if (mine.isPresent()) {
                return mine.get().getCompletedAt() == null ? EnrolmentStatus.ENROLLED : EnrolmentStatus.COMPLETED;
            }
        }
        if (catalogue.published(course).isEmpty()) {
            return EnrolmentStatus.NOT_PUBLISHED;
        }
        EnrolmentSettings rules = settingsOf(course);
        Instant now = clock.instant();
        if (!rules.isSelfEnrolment()) {
            return EnrolmentStatus.BY_INVITATION_ONLY;
        }
        if (rules.getOpensAt() != null && now.isBefore(rules.getOpensAt())) {
            return EnrolmentStatus.NOT_YET_OPEN;
        }
        return rules.isOpenAt(now) ? EnrolmentStatus.CAN_ENROL : EnrolmentStatus.WINDOW_CLOSED;
    }

    /** The signed-in person's run of the course, or where to choose one; empty for a course without runs. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<GroupChoice> myGroupChoice(CourseId course) {
        LearnerGroups known = groups.getIfAvailable();
        return known == null ? Optional.empty() : known.choiceFor(course);
    }

    /** The signed-in person enrols themselves; every refusal is a clear message, and nothing changes. */
    @PreAuthorize("isAuthenticated()")
    public void enrolMe(CourseId course) {
        PersonId me = profiles.myId().orElseThrow(() -> new UserFacingException("error.person-not-found"));
        switch (myStatus(course)) {
            case ENROLLED, COMPLETED -> throw new UserFacingException("error.learning.already-enrolled");
            case NOT_PUBLISHED -> throw new UserFacingException("error.learning.course-not-open");
            case BY_INVITATION_ONLY -> throw new UserFacingException("error.learning.self-enrolment-off");
            case NOT_YET_OPEN -> throw new UserFacingException("error.learning.window-not-open");
            case WINDOW_CLOSED -> throw new UserFacingException("error.learning.window-closed");
            case CAN_ENROL -> {
                try {
                    enrolments.saveAndFlush(new Enrolment(course.value(), me.value(), me.value(), clock.instant()));
                } catch (DataIntegrityViolationException twoTabs) {
                    // The same person enrolled a moment ago in another tab: same answer as enrolling twice.
                    throw new UserFacingException("error.learning.already-enrolled");
                }
            }
        }
    }

    /** A trainer or admin enrols one person. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public void enrol(CourseId course, PersonId person) {
        requirePublished(course);
        if (directory.displayName(person).isEmpty()) {
            throw InvalidInputException.of("person", "error.learning.person-unknown");
        }
        if (enrolments.findByKey(course.value(), person.value()).isPresent()) {
            throw new UserFacingException("error.learning.person-already-enrolled");
        }
        enrolments.saveAndFlush(new Enrolment(course.value(), person.value(), actor(), clock.instant()));
    }

    /**
     * Learners a trainer or admin may enrol one by one: name or username only, found by a few letters (see {@link
     * PersonDirectory#findLearners}), leaving out those already enrolled.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<PersonRef> findLearnersToEnrol(CourseId course, String text, int limit) {
        List<PersonRef> found = directory.findLearners(text, limit);
        if (found.isEmpty()) {
            return found;
        }
        // Only the few people found are checked, not every enrolment of the course, on every keystroke.
        Set<Long> enrolled = enrolments.findByCourseIdAndPersonIdIn(course.value(), found.stream()
                .map(p -> p.id().value()).toList()).stream().map(Enrolment::getPersonId).collect(Collectors.toSet());
        return found.stream().filter(p -> !enrolled.contains(p.id().value())).toList();
    }

    /** What {@link #enrolMatching} would do now, without doing it: how many would join and how many are in. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public GroupEnrolment previewMatching(CourseId course, PeopleFilter filter) {
        requirePublished(course); // refused before the trainer is asked to confirm, as the enrolment itself is
        Set<Long> enrolled = enrolledIn(course);
        List<PersonId> matching = directory.learnersMatching(filter);
        int already = (int) matching.stream().filter(p -> enrolled.contains(p.value())).count();
        return new GroupEnrolment(matching.size() - already, already);
    }

    /** A trainer or admin enrols every enabled learner matching the filter; those already in are skipped. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public GroupEnrolment enrolMatching(CourseId course, PeopleFilter filter) {
        requirePublished(course);
        long by = actor();
        Instant now = clock.instant();
        Set<Long> enrolled = enrolledIn(course);
        int added = 0;
        int already = 0;
        for (PersonId person : directory.learnersMatching(filter)) {
            if (enrolled.contains(person.value())) {
                already++;
            } else {
                enrolments.save(new Enrolment(course.value(), person.value(), by, now));
                added++;
            }
        }
        enrolments.flush();
        return new GroupEnrolment(added, already);
    }

    private Set<Long> enrolledIn(CourseId course) {
        return enrolments.findByCourseId(course.value()).stream().map(Enrolment::getPersonId)
                .collect(Collectors.toSet());
    }

    private void requirePublished(CourseId course) {
        if (catalogue.published(course).isEmpty()) {
            throw new UserFacingException("error.learning.course-not-open");
        }
    }

    /** Who did it; the system task (no account) is recorded as 0. */
    private long actor() {
        return profiles.myId().map(PersonId::value).orElse(0L);
    }

    EnrolmentSettings settingsOf(CourseId course) {
        return settings.findById(course.value()).orElseGet(() -> EnrolmentSettings.defaults(course.value()));
    }

    private static EnrolmentRules view(EnrolmentSettings s) {
        return new EnrolmentRules(s.isSelfEnrolment(), s.getOpensAt(), s.getClosesAt(), s.getCompletionMode(),
                s.getVersion());
    }
}
