package org.paralelo.assessment;

import java.util.List;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz standings for the rest of the system (progress, completion, the trainer's table). Reads only; attempts
 * themselves are taken through the attempt service.
 */
@Service
@Transactional(readOnly = true)
public class QuizResultsService {

    // CONTRACT (session 2): signatures fixed for the learning module; the attempts work fills in the bodies.

    /** The signed-in learner's standing on every quiz of the course they have attempted. */
    @PreAuthorize("isAuthenticated()")
    public List<QuizOutcome> myOutcomes(CourseId course) {
        return List.of();
    }

    /** One learner's standings in a course, for its trainers and for system tasks (completion rules). */
    @PreAuthorize("hasRole('SYSTEM') or @courseAccess.canEdit(#course)")
    public List<QuizOutcome> outcomesOf(CourseId course, PersonId learner) {
        return List.of();
    }

    /** Every learner's standings in a course, for the trainer's progress table. */
    @PreAuthorize("hasRole('SYSTEM') or @courseAccess.canEdit(#course)")
    public List<QuizOutcome> courseOutcomes(CourseId course) {
        return List.of();
    }
}
