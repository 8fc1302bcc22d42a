package org.paralelo.courses;

import java.time.Clock;
import java.util.Set;
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
    private final CourseRules rules;
    private final Publisher publisher;
    private final Clock clock;

    CourseImportService(CourseRepository courses, CourseRules rules, Publisher publisher, Clock clock) {
        this.courses = courses;
        this.rules = rules;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Stores and publishes the course unless one with the same code exists; returns whether it was stored. */
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean importPublishedIfAbsent(SampleCourse sample, PersonId owner) {
        if (courses.existsByCode(sample.code())) {
            return false;
        }
        Course course = new Course(sample.title(), sample.summary(), sample.language(), sample.estimatedHours(),
                owner.value(), clock.instant());
        course.setCode(sample.code());
        course.getTopicIds().addAll(rules.topicIds(Set.copyOf(sample.topics())));
        for (SampleCourse.SampleModule m : sample.modules()) {
            CourseModule module = course.addModule(Keys.newKey(), m.title(), m.objectives());
            m.lessons().forEach(l -> module.addItem(Keys.newKey(), ItemKind.LESSON, l.title(), l.required(),
                    l.markdown()));
        }
        courses.saveAndFlush(course);
        publisher.publish(course, owner.value());
        return true;
    }
}
