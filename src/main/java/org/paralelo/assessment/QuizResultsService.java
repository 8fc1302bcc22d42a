package org.paralelo.assessment;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.paralelo.assessment.domain.QuizAttempt;
import org.paralelo.assessment.domain.QuizAttemptRepository;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
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

    private final QuizAttemptRepository attempts;
    private final Standings standings;
    private final ProfileService profiles;

    QuizResultsService(QuizAttemptRepository attempts, Standings standings, ProfileService profiles) {
        this.attempts = attempts;
        this.standings = standings;
        this.profiles = profiles;
    }

    /** The signed-in learner's standing on every quiz of the course they have attempted. */
    @PreAuthorize("isAuthenticated()")
    public List<QuizOutcome> myOutcomes(CourseId course) {
        return profiles.myId().map(me -> outcomes(attempts.findByCourseIdAndLearnerIdOrderByNumber(course.value(),
                me.value()))).orElse(List.of());
    }

    /** One learner's standings in a course, for its trainers and for system tasks (completion rules). */
    @PreAuthorize("hasRole('SYSTEM') or @courseAccess.canEdit(#course)")
    public List<QuizOutcome> outcomesOf(CourseId course, PersonId learner) {
        return outcomes(attempts.findByCourseIdAndLearnerIdOrderByNumber(course.value(), learner.value()));
    }

    /** Every learner's standings in a course, for the trainer's progress table. */
    @PreAuthorize("hasRole('SYSTEM') or @courseAccess.canEdit(#course)")
    public List<QuizOutcome> courseOutcomes(CourseId course) {
        return outcomes(attempts.findByCourseIdOrderByLearnerIdAscNumberAsc(course.value()));
    }

    /** Some learners' standings in a course, for one page of the trainer's progress table. */
    @PreAuthorize("hasRole('SYSTEM') or @courseAccess.canEdit(#course)")
    public List<QuizOutcome> outcomesOfLearners(CourseId course, Collection<PersonId> learners) {
        if (learners.isEmpty()) {
            return List.of();
        }
        return outcomes(attempts.findByCourseIdAndLearnerIdIn(course.value(),
                learners.stream().map(PersonId::value).toList()));
    }

    /** One outcome per learner and quiz, each from that learner's attempts at that quiz in attempt order. */
    private List<QuizOutcome> outcomes(List<QuizAttempt> rows) {
        Map<List<Object>, List<QuizAttempt>> byLearnerAndQuiz = rows.stream().collect(Collectors.groupingBy(
                a -> List.of(a.getLearnerId(), a.getItemKey())));
        return byLearnerAndQuiz.values().stream()
                .map(list -> standings.of(list.stream().sorted(Comparator.comparingInt(QuizAttempt::getNumber))
                        .toList()))
                .sorted(Comparator.comparing((QuizOutcome o) -> o.learner().value())
                        .thenComparing(QuizOutcome::itemKey))
                .toList();
    }
}
