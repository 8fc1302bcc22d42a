package org.paralelo.notifications;

import java.util.List;
import java.util.Optional;
import org.paralelo.people.SystemTasks;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CoursePublished;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.learning.EnrolmentFactsService;
import org.paralelo.people.PersonId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a course's enrolled learners that it published a new version: a notice pointing at the course page, by mail
 * as each chose. The first publication tells nobody (nobody could enrol before it). The cause is the course and
 * the version number, so a replayed event writes nothing twice and each later version is told once.
 */
@Component
class CourseVersionNotices {

    private final NoticeWriter writer;
    private final CatalogueService catalogue;
    private final EnrolmentFactsService enrolments;
    private final SystemTasks system;

    CourseVersionNotices(NoticeWriter writer, CatalogueService catalogue, EnrolmentFactsService enrolments,
                         SystemTasks system) {
        this.writer = writer;
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.system = system;
    }

    @ApplicationModuleListener
    void on(CoursePublished published) {
        if (published.version() <= 1) {
            return;
        }
        Optional<PublishedCourse> course = system.call(() -> catalogue.published(published.course()));
        List<PersonId> learners = system.call(() -> enrolments.learnersOf(published.course()));
        if (course.isEmpty() || learners.isEmpty()) {
            return;
        }
        writer.write(learners, new NoticeWriter.Notice(NoticeKind.COURSE_VERSION,
                "course:" + published.course().value() + ":v" + published.version(), "", course.get().title(),
                course.get().summary(), LearnerPaths.coursePage(published.course())));
    }
}
