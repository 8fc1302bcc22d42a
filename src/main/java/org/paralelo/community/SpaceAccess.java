package org.paralelo.community;

import java.util.Optional;
import org.paralelo.community.domain.ModerationStore;
import org.paralelo.community.domain.PostStore;
import org.paralelo.community.domain.SpaceRow;
import org.paralelo.community.domain.SpaceStore;
import org.paralelo.community.domain.ThreadRow;
import org.paralelo.community.domain.ThreadStore;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseReaders;
import org.paralelo.people.AuthorFacts;
import org.paralelo.people.Caller;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.programme.RunCircleService;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunPlace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read, post in and moderate a space, used in {@code @PreAuthorize("@spaceAccess.canRead(#space)")}.
 * Every signed-in member reads and posts in the network-wide categories (archived ones only admins see). A course's
 * space belongs to the course's members: its enrolled learners (through {@link CourseReaders}), its trainers and
 * admins. A run's space belongs to the run's circle as programme's {@link RunCircleService} answers: its members
 * and managers write there, the coordinators who follow the run read only. Moderators: admins everywhere, a
 * course's trainers in its space, a run's managers in its space, network moderators (named by an admin) in the
 * categories. A hidden thread or post is seen only by the space's moderators.
 */
@Component("spaceAccess")
public class SpaceAccess {

    private final SpaceStore spaces;
    private final ThreadStore threads;
    private final PostStore posts;
    private final ModerationStore moderation;
    private final CourseAccess courses;
    private final CatalogueService catalogue;
    private final ObjectProvider<CourseReaders> readers;
    private final RunCircleService runs;
    private final Caller caller;

    SpaceAccess(SpaceStore spaces, ThreadStore threads, PostStore posts, ModerationStore moderation,
                CourseAccess courses, CatalogueService catalogue, ObjectProvider<CourseReaders> readers,
                RunCircleService runs, Caller caller) {
        this.runs = runs;
        this.spaces = spaces;
        this.threads = threads;
        this.posts = posts;
        this.moderation = moderation;
        this.courses = courses;
        this.catalogue = catalogue;
        this.readers = readers;
        this.caller = caller;
    }

    @Transactional(readOnly = true)
    public boolean canRead(SpaceId space) {
        return space != null && spaces.find(space.value()).map(this::canRead).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canPost(SpaceId space) {
        return space != null && spaces.find(space.value()).map(s -> canWrite(s) && !s.archived()).orElse(false);
    }

    /** Readers of the thread who may also write in its space (a coordinator only reads a run's space). */
    @Transactional(readOnly = true)
    public boolean canReplyTo(ThreadId thread) {
        return thread != null && threads.find(thread.value()).map(t -> canRead(t)
                && spaces.find(t.spaceId()).map(this::canWrite).orElse(false)).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canModerate(SpaceId space) {
        return space != null && spaces.find(space.value()).map(this::canModerate).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canReadThread(ThreadId thread) {
        return thread != null && threads.find(thread.value()).map(this::canRead).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canModerateThread(ThreadId thread) {
        return thread != null && threads.find(thread.value())
                .flatMap(t -> spaces.find(t.spaceId())).map(this::canModerate).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canReadPost(PostId post) {
        return post != null && posts.find(post.value()).map(p -> threads.find(p.threadId())
                .filter(t -> canRead(t) && (!p.hidden() || canModerateSpace(t.spaceId()))).isPresent())
                .orElse(false);
    }

    /** Readers of the post who may also write in its space: they mark it useful (a coordinator only reads a run's). */
    @Transactional(readOnly = true)
    public boolean canReactTo(PostId post) {
        return canReadPost(post) && posts.find(post.value()).flatMap(p -> threads.find(p.threadId()))
                .flatMap(t -> spaces.find(t.spaceId())).map(this::canWrite).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canModeratePost(PostId post) {
        return post != null && posts.find(post.value()).flatMap(p -> threads.find(p.threadId()))
                .map(t -> canModerateSpace(t.spaceId())).orElse(false);
    }

    /** Its author (the edit window is the service's to check) and the space's moderators, if they may read it. */
    @Transactional(readOnly = true)
    public boolean canEditPost(PostId post) {
        return canReadPost(post) && (canModeratePost(post) || posts.find(post.value())
                .map(p -> me().map(id -> id.value() == p.authorId()).orElse(false)).orElse(false));
    }

    /** The thread's author and the space's moderators. */
    @Transactional(readOnly = true)
    public boolean canMarkAnswer(ThreadId thread) {
        return canReadThread(thread) && (canModerateThread(thread) || threads.find(thread.value())
                .map(t -> me().map(id -> id.value() == t.authorId()).orElse(false)).orElse(false));
    }

    /** Admins and the members an admin named network moderators. */
    @Transactional(readOnly = true)
    public boolean isNetworkModerator() {
        return caller.isAdmin() || me().map(id -> moderation.isNetworkModerator(id.value())).orElse(false);
    }

    /** Anyone who moderates some space: admins, network moderators, trainers. */
    @Transactional(readOnly = true)
    public boolean moderatesSomewhere() {
        return caller.has(Role.TRAINER) || isNetworkModerator();
    }

    boolean canRead(ThreadRow thread) {
        return spaces.find(thread.spaceId()).map(s -> canRead(s) && (!thread.hidden() || canModerate(s)))
                .orElse(false);
    }

    boolean canModerateSpace(long spaceId) {
        return spaces.find(spaceId).map(this::canModerate).orElse(false);
    }

    boolean canRead(SpaceRow space) {
        if (!caller.signedIn()) {
            return false;
        }
        if (space.runId() != null) {
            return caller.isAdmin() || runPlace(space).isPresent();
        }
        if (space.courseId() == null) {
            return !space.archived() || caller.isAdmin();
        }
        CourseId course = new CourseId(space.courseId());
        return caller.isAdmin() || courses.canEdit(course) || courses.canRead(course);
    }

    boolean canWrite(SpaceRow space) {
        if (space.runId() != null) {
            return caller.signedIn() && (caller.isAdmin() || runPlace(space).map(RunPlace::takesPart).orElse(false));
        }
        return canRead(space);
    }

    private Optional<RunPlace> runPlace(SpaceRow space) {
        return space.runId() == null ? Optional.empty() : runs.myPlace(new RunId(space.runId()));
    }

    boolean canModerate(SpaceRow space) {
        if (!caller.signedIn()) {
            return false;
        }
        if (caller.isAdmin()) {
            return true;
        }
        if (space.runId() != null) {
            return runPlace(space).map(RunPlace::manages).orElse(false);
        }
        if (space.courseId() == null) {
            return me().map(id -> moderation.isNetworkModerator(id.value())).orElse(false);
        }
        return courses.canEdit(new CourseId(space.courseId()));
    }

    /** Whether someone other than the caller may read the space (mentions, followers). */
    boolean mayRead(SpaceRow space, AuthorFacts person) {
        if (!person.enabled()) {
            return false;
        }
        if (person.roles().contains(Role.ADMIN)) {
            return true;
        }
        if (space.runId() != null) {
            return runs.mayRead(new RunId(space.runId()), person.id());
        }
        if (space.courseId() == null) {
            return !space.archived();
        }
        CourseId course = new CourseId(space.courseId());
        if (catalogue.trainersOf(course).contains(person.id())) {
            return true;
        }
        CourseReaders policy = readers.getIfAvailable();
        return policy == null || policy.mayRead(course, person.id());
    }

    Optional<PersonId> me() {
        return caller.id();
    }
}
