package org.paralelo.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuizOutcome;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.people.PersonId;

/** The completion rules on their own: required lessons done and required quizzes passed; optional ones ignored. */
class QuizCompletionTest {

    static final PersonId LEARNER = new PersonId(7);

    static final PublishedCourse COURSE = new PublishedCourse(1, 1, "Curso", "", "es-MX", 4, List.of(), null,
            List.of(new PublishedCourse.Module("m1", "Módulo", "", List.of(
                    new PublishedCourse.Item("l1", ItemKind.LESSON, "Lección", true, "x"),
                    new PublishedCourse.Item("l2", ItemKind.LESSON, "Opcional", false, "x"),
                    new PublishedCourse.Item("q1", ItemKind.QUIZ, "Cuestionario", true, null),
                    new PublishedCourse.Item("q2", ItemKind.QUIZ, "Práctica", false, null)))));

    final List<CompletionRule> rules = List.of(new RequiredLessonsDone(), new RequiredQuizzesPassed());

    @Test
    void the_course_is_complete_only_when_required_lessons_are_done_and_required_quizzes_passed() {
        assertThat(complete(Set.of(), List.of())).isFalse();
        assertThat(complete(Set.of("l1"), List.of())).isFalse();
        assertThat(complete(Set.of("l1"), List.of(outcome("q1", false)))).isFalse();
        assertThat(complete(Set.of("l1"), List.of(outcome("q2", true)))).as("the optional quiz").isFalse();
        assertThat(complete(Set.of("l1"), List.of(outcome("q1", true)))).isTrue();
        assertThat(complete(Set.of("l2"), List.of(outcome("q1", true)))).as("only the optional lesson").isFalse();
    }

    @Test
    void quiz_statuses_and_the_next_step_follow_outcomes_in_the_outline() {
        CourseProgress progress = Outlines.progress(COURSE, null, List.of(), List.of(outcome("q1", false)));
        assertThat(progress.outline()).extracting(OutlineItem::status).containsExactly(ItemStatus.NOT_STARTED,
                ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS, ItemStatus.NOT_STARTED);
        assertThat(progress.requiredTotal()).isEqualTo(2);
        assertThat(progress.nextItemKey()).isEqualTo("l1");
    }

    private boolean complete(Set<String> lessons, List<QuizOutcome> outcomes) {
        CompletionContext context = new CompletionContext(COURSE, LEARNER, lessons, outcomes);
        return rules.stream().allMatch(rule -> rule.isMet(context));
    }

    private static QuizOutcome outcome(String key, boolean passed) {
        return new QuizOutcome(new CourseId(1), key, LEARNER, 1, null, passed, false,
                Instant.now().minus(Duration.ofMinutes(1)));
    }
}
