package org.paralelo.learning;

import java.time.Clock;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.domain.Enrolment;
import org.paralelo.learning.domain.EnrolmentRepository;
import org.paralelo.people.PersonId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment on another module's authority: programme enrols the members of a run, whose own rules (self-enrolment,
 * window, capacity, trainers) it has already checked. Not a service and not for screens: a caller must have done
 * its own access check, in its own transaction, which this joins.
 */
@Component
public class EnrolmentGrants {

    private final EnrolmentRepository enrolments;
    private final CatalogueService catalogue;
    private final Clock clock;

    EnrolmentGrants(EnrolmentRepository enrolments, CatalogueService catalogue, Clock clock) {
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Enrols the person unless they already are; a course that is not published refuses. True when enrolled now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enrolIfAbsent(CourseId course, PersonId person, PersonId by) {
        if (catalogue.published(course).isEmpty()) {
            throw new UserFacingException("error.learning.course-not-open");
        }
        if (enrolments.findByKey(course.value(), person.value()).isPresent()) {
            return false;
        }
        enrolments.save(new Enrolment(course.value(), person.value(), by.value(), clock.instant()));
        return true;
    }
}
