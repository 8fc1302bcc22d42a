package org.paralelo.learning;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.domain.Enrolment;
import org.paralelo.learning.domain.EnrolmentRepository;
import org.paralelo.people.PersonId;
import org.paralelo.people.TrainerAudience;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A trainer's audience is the learners enrolled in the courses they teach (own or co-teach). */
@Component
class EnrolledAudience implements TrainerAudience {

    private final EnrolmentRepository enrolments;
    private final CourseAccess access;

    EnrolledAudience(EnrolmentRepository enrolments, CourseAccess access) {
        this.enrolments = enrolments;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PersonId> among(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        List<Enrolment> theirs = enrolments.findByPersonIdIn(people.stream().map(PersonId::value)
                .collect(Collectors.toSet()));
        Set<CourseId> taught = access.editable(theirs.stream().map(e -> new CourseId(e.getCourseId()))
                .collect(Collectors.toSet()));
        return theirs.stream().filter(e -> taught.contains(new CourseId(e.getCourseId())))
                .map(e -> new PersonId(e.getPersonId())).collect(Collectors.toSet());
    }
}
