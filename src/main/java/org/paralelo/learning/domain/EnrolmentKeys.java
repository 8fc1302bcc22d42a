package org.paralelo.learning.domain;

import java.util.Optional;

/** Looks an enrolment up by its natural key, the course and the person (a fragment of {@link EnrolmentRepository}). */
public interface EnrolmentKeys {

    /**
     * The person's enrolment in the course. Unlike a query, this is answered from the persistence context when the
     * transaction has already read that enrolment (issue 16: a lesson navigation checks the reader, then records
     * the visit on the same enrolment), and costs one statement otherwise.
     */
    Optional<Enrolment> findByKey(long courseId, long personId);
}
