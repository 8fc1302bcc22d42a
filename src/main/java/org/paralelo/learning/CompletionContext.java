package org.paralelo.learning;

import java.util.List;
import java.util.Set;
import org.paralelo.assessment.QuizOutcome;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.people.PersonId;

/** What completion rules look at: the published course, the lessons the learner finished and their quiz results. */
public record CompletionContext(PublishedCourse course, PersonId learner, Set<String> lessonsDone,
                               List<QuizOutcome> quizOutcomes) {
}
