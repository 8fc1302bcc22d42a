package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner's own attendance across their run, counted as hybrid completion counts it. */
@ParaleloSpringTest
class RunAttendanceServiceTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionRegistrationService registration;
    @Autowired AttendanceService attendance;
    @Autowired RunAttendanceService runAttendance;
    @Autowired TestClock clock;

    RunFixture fixture;
    String learner;
    PersonId learnerId;
    SessionId first;
    SessionId second;
    SessionId third;

    @BeforeEach
    void threeSessionsOfTheSouthEastRun() {
        fixture = new RunFixture(accounts, authoring, publishing, runs);
        learner = RunFixture.learner(accounts);
        learnerId = RunFixture.id(accounts, learner);
        As.user(learner, LEARNER, () -> runs.join(fixture.sureste));
        first = session("Primera");
        second = session("Segunda");
        third = session("Tercera");
        for (SessionId each : new SessionId[] {first, second, third}) {
            As.user(learner, LEARNER, () -> registration.register(each));
        }
    }

    @Test
    void a_learner_reads_how_many_sessions_count_and_how_many_are_still_missing() {
        owner(() -> runs.requireAttendance(fixture.sureste, new AttendanceRequirement(3, null, false)));
        mark(first, AttendanceMark.PRESENT);
        mark(second, AttendanceMark.EXCUSED);

        AttendanceStatus before = mine();
        assertThat(before.counted()).as("excused does not count here").isEqualTo(1);
        assertThat(before.needed()).isEqualTo(3);
        assertThat(before.missing()).isEqualTo(2);
        assertThat(before.met()).isFalse();
        assertThat(before.sessions()).as("only sessions begun or marked")
                .extracting(AttendanceStatus.Entry::session, AttendanceStatus.Entry::mark)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first, AttendanceMark.PRESENT),
                        org.assertj.core.groups.Tuple.tuple(second, AttendanceMark.EXCUSED));

        clock.advance(Duration.ofMinutes(30));
        assertThat(mine().sessions()).as("a session that began without a mark is listed unmarked")
                .filteredOn(e -> e.session().equals(third)).singleElement()
                .satisfies(e -> assertThat(e.mark()).isNull());

        mark(third, AttendanceMark.LATE);
        assertThat(mine().counted()).as("late counts as present").isEqualTo(2);
        assertThat(mine().missing()).isEqualTo(1);
    }

    @Test
    void excused_absences_count_where_the_run_allows_it_and_cancelled_sessions_are_left_out() {
        owner(() -> runs.requireAttendance(fixture.sureste, new AttendanceRequirement(3, null, true)));
        mark(first, AttendanceMark.PRESENT);
        mark(second, AttendanceMark.EXCUSED);
        owner(() -> sessions.cancel(third));

        AttendanceStatus status = mine();
        assertThat(status.held()).isEqualTo(2);
        assertThat(status.needed()).as("never more than the sessions held").isEqualTo(2);
        assertThat(status.counted()).isEqualTo(2);
        assertThat(status.met()).isTrue();
        assertThat(status.sessions()).extracting(AttendanceStatus.Entry::session).doesNotContain(third);
    }

    @Test
    void without_a_requirement_nothing_is_missing_and_the_trainer_reads_the_same_figures() {
        mark(first, AttendanceMark.ABSENT);
        AttendanceStatus status = mine();
        assertThat(status.requirement().required()).isFalse();
        assertThat(status.counted()).isZero();
        assertThat(status.needed()).isZero();
        assertThat(status.met()).isTrue();
        assertThat(As.user(fixture.coTrainer, Courses.TRAINER, () -> runAttendance.of(fixture.sureste, learnerId)))
                .isEqualTo(status);
    }

    private AttendanceStatus mine() {
        return As.user(learner, LEARNER, () -> runAttendance.mine(fixture.sureste));
    }

    private SessionId session(String title) {
        return As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                SoonSessions.draft(clock, title, Set.of()))).id();
    }

    private void mark(SessionId session, AttendanceMark mark) {
        owner(() -> attendance.mark(session, learnerId, mark, AttendanceSource.ROLL_CALL));
    }

    private void owner(Runnable work) {
        As.user(fixture.owner, Courses.TRAINER, work);
    }
}
