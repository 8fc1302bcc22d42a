package org.paralelo.courses;

import java.time.Clock;
import org.paralelo.courses.domain.Course;
import org.paralelo.courses.domain.CourseModule;
import org.paralelo.courses.domain.CourseRepository;
import org.paralelo.people.PersonId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores courses read from packages. For now only the first-start sample loader uses it. */
@Service
@Transactional
public class CourseImportService {

    private final CourseRepository courses;
    private final Clock clock;

    CourseImportService(CourseRepository courses, Clock clock) {
        this.courses = courses;
        this.clock = clock;
    }

    /** Stores and publishes the course unless one with the same code exists; returns whether it was stored. */
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean importPublishedIfAbsent(SampleCourse sample, PersonId owner) {
        if (courses.existsByCode(sample.code())) {
            return false;
        }
        Course course = new Course(sample.code(), sample.title(), sample.summary(), sample.language(),
                sample.estimatedHours(), owner.value(), clock.instant());
        course.getTopics().addAll(sample.topics());
        for (SampleCourse.SampleModule m : sample.modules()) {
            CourseModule module = course.addModule(m.code(), m.title(), m.objectives());
            m.lessons().forEach(l -> module.addLesson(l.code(), l.title(), l.markdown(), l.required()));
        }
        course.setStatus(CourseStatus.PUBLISHED);
        courses.saveAndFlush(course);
        return true;
    }
}
