package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.programme.AgendaDate;
import org.paralelo.programme.AgendaDatesService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** Quiz closing dates for "Mi agenda": asked of assessment, for the courses the person is taking only. */
@ParaleloSpringTest
class QuizClosingsServiceTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired QuestionBankService bank;
    @Autowired QuizService quizzes;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolments;
    @Autowired QuizClosingsService closings;
    @Autowired AgendaDatesService agenda;
    @Autowired TestClock clock;

    @Test
    void an_enrolled_learner_sees_the_quiz_closing_at_the_end_of_its_day_and_an_outsider_learns_nothing() {
        LocalDate closesOn = LocalDate.ofInstant(clock.instant(), ProgrammeZone.ZONE).plusDays(10);
        AttemptFixture f = AttemptFixture.publish(new AttemptFixture.Services(accounts, authoring, bank, quizzes,
                publishing, enrolments), new QuizSettings(60, 0, 0, false, false, FeedbackTiming.AFTER_SUBMIT,
                GradingPolicy.BEST, closesOn), List.of(QuizFixture.trueFalse()));
        String outsider = People.uniqueUsername("ajena");
        People.create(accounts, outsider, Role.LEARNER);

        List<QuizClosing> mine = As.user(f.learner(), AttemptFixture.LEARNER,
                () -> closings.upcoming(Set.of(f.course())));

        assertThat(mine).singleElement().satisfies(q -> {
            assertThat(q.itemKey()).isEqualTo(f.itemKey());
            assertThat(q.title()).isNotBlank();
            assertThat(q.closesAt()).isEqualTo(closesOn.plusDays(1).atStartOfDay(ProgrammeZone.ZONE).toInstant());
        });
        assertThat(As.user(outsider, AttemptFixture.LEARNER, () -> closings.upcoming(Set.of(f.course())))).isEmpty();

        List<AgendaDate> dates = As.user(f.learner(), AttemptFixture.LEARNER, () -> agenda.myDates());
        assertThat(dates).filteredOn(d -> d.kind() == AgendaDate.Kind.QUIZ_CLOSES).singleElement().satisfies(d -> {
            assertThat(d.at()).isEqualTo(mine.getFirst().closesAt());
            assertThat(d.path()).isEqualTo(LearnerPaths.quiz(f.course(), f.itemKey()));
        });
        assertThat(As.user(outsider, AttemptFixture.LEARNER, () -> agenda.myDates()))
                .noneMatch(d -> d.kind() == AgendaDate.Kind.QUIZ_CLOSES);
    }
}
