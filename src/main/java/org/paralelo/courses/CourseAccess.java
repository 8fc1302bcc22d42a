package org.paralelo.courses;

import org.paralelo.courses.domain.Course;
import org.paralelo.courses.domain.CourseRepository;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.people.Caller;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.people.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Object-level rules for courses, used in {@code @PreAuthorize("@courseAccess.canEdit(#course)")} by this and
 * other modules: admins edit everything; trainers edit courses they own or co-teach; anyone signed in sees a
 * published course in the catalogue; reading its content ({@link #canRead}) is up to {@link CourseReaders}.
 */
@Component("courseAccess")
public class CourseAccess {

    private final CourseRepository courses;
    private final ProfileService profiles;
    private final Caller caller;

    private final ObjectProvider<CourseReaders> readers;

    CourseAccess(CourseRepository courses, ProfileService profiles, Caller caller,
            ObjectProvider<CourseReaders> readers) {
        this.courses = courses;
        this.profiles = profiles;
        this.caller = caller;
        this.readers = readers;
    }

    @Transactional(readOnly = true)
    public boolean canEdit(CourseId course) {
        if (!caller.signedIn() || course == null) {
            return false;
        }
        if (caller.isAdmin()) {
            return courses.existsById(course.value());
        }
        if (!caller.has(Role.TRAINER)) {
            return false;
        }
        return profiles.myId().flatMap(me -> courses.findById(course.value()).map(c -> c.isTrainer(me.value())))
                .orElse(false);
    }

    /** {@link #canEdit} for many courses at once, in two queries whatever their number. */
    @Transactional(readOnly = true)
    public Set<CourseId> editable(Collection<CourseId> candidates) {
        if (candidates.isEmpty() || !(caller.isAdmin() || caller.has(Role.TRAINER))) {
            return Set.of();
        }
        List<Course> found = courses.findAllById(candidates.stream().map(CourseId::value).toList());
        if (caller.isAdmin()) {
            return found.stream().map(c -> new CourseId(c.getId())).collect(Collectors.toSet());
        }
        return profiles.myId().map(me -> found.stream().filter(c -> c.isTrainer(me.value()))
                .map(c -> new CourseId(c.getId())).collect(Collectors.toSet())).orElse(Set.of());
    }

    @Transactional(readOnly = true)
    public boolean canView(CourseId course) {
        if (!caller.signedIn() || course == null) {
            return false;
        }
        return isPublished(course) || canEdit(course);
    }

    /** May the signed-in person read this course's published lessons and take its quizzes? */
    @Transactional(readOnly = true)
    public boolean canRead(CourseId course) {
        if (!caller.signedIn() || course == null || !isPublished(course)) {
            return false;
        }
        if (canEdit(course)) {
            return true;
        }
        Optional<PersonId> me = profiles.myId();
        CourseReaders policy = readers.getIfAvailable();
        return me.isPresent() && (policy == null || policy.mayRead(course, me.get()));
    }

    private boolean isPublished(CourseId course) {
        return courses.findById(course.value()).map(c -> c.getState() == CourseState.PUBLISHED).orElse(false);
    }

    /**
     * The published courses whose content the signed-in person may read: everything published for admins, plus the
     * courses they teach for trainers, plus what {@link CourseReaders} opens to them. Empty for anonymous callers.
     */
    @Transactional(readOnly = true)
    public Set<CourseId> readableCourses() {
        Optional<PersonId> me = profiles.myId();
        if (me.isEmpty()) {
            return Set.of();
        }
        Set<CourseId> published = courses.findByStateOrderByTitle(CourseState.PUBLISHED).stream()
                .map(c -> new CourseId(c.getId())).collect(Collectors.toSet());
        CourseReaders policy = readers.getIfAvailable();
        if (caller.isAdmin() || policy == null) {
            return published;
        }
        Set<CourseId> open = new HashSet<>(policy.openTo(me.get()));
        if (caller.has(Role.TRAINER)) {
            courses.findTaughtBy(me.get().value()).forEach(c -> open.add(new CourseId(c.getId())));
        }
        open.retainAll(published);
        return open;
    }
}
