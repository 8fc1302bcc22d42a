package org.paralelo.learning;

import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks learning to look at a learner's completion again after something a {@link CompletionRule} of another module
 * reads has changed (an attendance mark, for example). The same evaluation as after a lesson or a graded quiz: the
 * first time every rule is met the course is completed and the certificate issued; a completed course stays
 * completed. For the system task, which modules run from their event listeners.
 */
@Service
public class CompletionReviews {

    private final Completion completion;

    CompletionReviews(Completion completion) {
        this.completion = completion;
    }

    /** Returns whether the course is complete for the learner now. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean reevaluate(CourseId course, PersonId learner) {
        return completion.evaluate(course, learner);
    }
}
