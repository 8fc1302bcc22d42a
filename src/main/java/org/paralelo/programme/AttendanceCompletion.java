package org.paralelo.programme;

import org.paralelo.base.SystemTask;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.CompletionReviews;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a mark is committed, learning looks at the person's completion again: attending the last required
 * workshop completes a course whose online part was already done. A mark taken back leaves a completed course
 * completed (a certificate is revoked by an admin, never silently). Idempotent, as listeners must be.
 */
@Component
class AttendanceCompletion {

    private final CompletionReviews reviews;

    AttendanceCompletion(CompletionReviews reviews) {
        this.reviews = reviews;
    }

    @ApplicationModuleListener
    void on(AttendanceRecorded recorded) {
        CourseId course = recorded.course();
        if (course != null && recorded.mark() != null && recorded.mark() != AttendanceMark.ABSENT) {
            SystemTask.run(() -> reviews.reevaluate(course, recorded.person()));
        }
    }
}
