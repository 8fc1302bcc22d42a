package org.paralelo.community;

import org.paralelo.community.domain.SpaceRow;
import org.paralelo.community.domain.SpaceStore;
import org.paralelo.community.domain.SpaceStore.Owner;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CoursePublished;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.people.SystemTasks;
import org.paralelo.programme.RunRenamed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A course's or a run's space is named after it (the published course title; the run's name). The name follows a
 * rename: after the commit of a publication (a course's title reaches its members when it is published) or of a
 * run's rename, and whenever the space is opened with a name that differs. Each time the name changes,
 * {@link SpaceRenamed} has search re-read the space's posts, whose breadcrumbs carry it.
 */
@Component
class SpaceNames {

    private final SpaceStore spaces;
    private final CatalogueService catalogue;
    private final SystemTasks system;
    private final ApplicationEventPublisher events;

    SpaceNames(SpaceStore spaces, CatalogueService catalogue, SystemTasks system, ApplicationEventPublisher events) {
        this.spaces = spaces;
        this.catalogue = catalogue;
        this.system = system;
        this.events = events;
    }

    /** The course's space with this title, made on first use. */
    SpaceRow course(long courseId, String title) {
        rename(Owner.COURSE, courseId, title);
        return spaces.forCourse(courseId, title);
    }

    /** The run's space with this name, made on first use. */
    SpaceRow run(long runId, String name) {
        rename(Owner.RUN, runId, name);
        return spaces.forRun(runId, name);
    }

    @ApplicationModuleListener
    void on(CoursePublished published) {
        system.call(() -> catalogue.published(published.course())).map(PublishedCourse::title)
                .ifPresent(title -> rename(Owner.COURSE, published.course().value(), title));
    }

    @ApplicationModuleListener
    void on(RunRenamed renamed) {
        rename(Owner.RUN, renamed.run().value(), renamed.name());
    }

    private void rename(Owner owner, long ownerId, String name) {
        spaces.renameOwnedBy(owner, ownerId, name).ifPresent(space -> events.publishEvent(new SpaceRenamed(space)));
    }
}
