package org.paralelo.learning;

import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseCard;

/** One of the signed-in learner's courses on their home: the card, their progress and any certificate. */
public record MyCourse(CourseCard card, CourseProgress progress, @Nullable CertificateView certificate) {
}
