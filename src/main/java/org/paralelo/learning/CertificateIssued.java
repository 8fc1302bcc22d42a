package org.paralelo.learning;

import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/** A certificate was issued for a completed course. */
public record CertificateIssued(CourseId course, PersonId learner, String code) {
}
