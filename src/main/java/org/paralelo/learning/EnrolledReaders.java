package org.paralelo.learning;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.time.Clock;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseReaders;
import org.paralelo.learning.domain.EnrolmentRepository;
import org.paralelo.learning.domain.EnrolmentSettings;
import org.paralelo.learning.domain.EnrolmentSettingsRepository;
import org.paralelo.people.PersonId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment decides who reads a course: its learners read it once enrolled. Courses open to self-enrolment right
 * now count as open too (their attachments may be looked at before enrolling, as on the course page).
 */
@Component
class EnrolledReaders implements CourseReaders {

    private final EnrolmentRepository enrolments;
    private final EnrolmentSettingsRepository settings;
    private final CatalogueService catalogue;
    private final Clock clock;

    EnrolledReaders(EnrolmentRepository enrolments, EnrolmentSettingsRepository settings, CatalogueService catalogue,
                    Clock clock) {
        this.enrolments = enrolments;
        this.settings = settings;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(CourseId course, PersonId person) {
        // The enrolment itself rather than its existence: a lesson navigation reads it next in the same transaction.
        return enrolments.findByKey(course.value(), person.value()).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<CourseId> openTo(PersonId person) {
        Set<CourseId> open = new HashSet<>();
        enrolments.findByPersonIdOrderByEnrolledAtDesc(person.value())
                .forEach(e -> open.add(new CourseId(e.getCourseId())));
        Instant now = clock.instant();
        for (CourseCard card : catalogue.publishedCourses()) {
            EnrolmentSettings rules = settings.findById(card.id().value())
                    .orElseGet(() -> EnrolmentSettings.defaults(card.id().value()));
            if (rules.isSelfEnrolment() && rules.isOpenAt(now)) {
                open.add(card.id());
            }
        }
        return open;
    }
}
