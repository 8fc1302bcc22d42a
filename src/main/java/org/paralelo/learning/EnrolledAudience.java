package org.paralelo.learning;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        Map<Long, List<Enrolment>> byCourse = enrolments.findByPersonIdIn(people.stream().map(PersonId::value)
                .collect(Collectors.toSet())).stream().collect(Collectors.groupingBy(Enrolment::getCourseId));
        Set<PersonId> readable = new HashSet<>();
        byCourse.forEach((course, enrolled) -> {
            if (access.canEdit(new CourseId(course))) {
                enrolled.forEach(e -> readable.add(new PersonId(e.getPersonId())));
            }
        });
        return readable;
    }
}
