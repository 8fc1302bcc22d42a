package org.paralelo.learning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.domain.Certificate;
import org.paralelo.learning.domain.CertificateRepository;
import org.paralelo.learning.domain.Enrolment;
import org.paralelo.learning.domain.EnrolmentRepository;
import org.paralelo.people.PersonId;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolments as facts for read models kept elsewhere (reporting's per-person, per-course summary): one enrolment
 * when an event names it, or all of them page by page for a rebuild. For the system task only: reports apply their
 * own region rules on what they build from it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('SYSTEM')")
public class EnrolmentFactsService {

    private final EnrolmentRepository enrolments;
    private final CertificateRepository certificates;

    EnrolmentFactsService(EnrolmentRepository enrolments, CertificateRepository certificates) {
        this.enrolments = enrolments;
        this.certificates = certificates;
    }

    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<EnrolmentFacts> of(CourseId course, PersonId learner) {
        return enrolments.findByKey(course.value(), learner.value()).map(e -> facts(e,
                certificates.findByCourseIdAndPersonId(course.value(), learner.value()).orElse(null)));
    }

    /** Everyone enrolled in the course (told when it publishes a new version). */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<PersonId> learnersOf(CourseId course) {
        return enrolments.findByCourseId(course.value()).stream().map(e -> new PersonId(e.getPersonId())).toList();
    }

    /** The courses this person is enrolled in and has not completed, for dates read without their sign-in. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<CourseId> unfinishedOf(PersonId learner) {
        return enrolments.findByPersonIdOrderByEnrolledAtDesc(learner.value()).stream()
                .filter(e -> e.getCompletedAt() == null).map(e -> new CourseId(e.getCourseId())).toList();
    }

    /** Up to {@code limit} enrolments with an id above {@code afterId}, by id. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<EnrolmentFacts> page(long afterId, int limit) {
        List<Enrolment> rows = enrolments.findByIdGreaterThanOrderByIdAsc(afterId,
                PageRequest.ofSize(Math.clamp(limit, 1, 5_000)));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Certificate> issued = certificates.findByPersonIdIn(rows.stream().map(Enrolment::getPersonId)
                        .distinct().toList()).stream()
                .collect(Collectors.toMap(c -> c.getCourseId() + ":" + c.getPersonId(), Function.identity()));
        return rows.stream().map(e -> facts(e, issued.get(e.getCourseId() + ":" + e.getPersonId()))).toList();
    }

    private static EnrolmentFacts facts(Enrolment e, @Nullable Certificate certificate) {
        return new EnrolmentFacts(e.getId(), new CourseId(e.getCourseId()), new PersonId(e.getPersonId()),
                e.getEnrolledAt(), e.getLastActivityAt(), e.getCompletedAt(),
                certificate == null || certificate.getRevokedAt() != null ? null : certificate.getIssuedAt());
    }
}
