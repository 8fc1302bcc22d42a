package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** Registration with capacity and an ordered wait list, through the real services and database. */
@ParaleloSpringTest
@Tag("persistence")
class SessionRegistrationServiceTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionRegistrationService registration;
    @Autowired TestClock clock;

    RunFixture fixture;

    @BeforeEach
    void aCourseWithTwoRuns() {
        fixture = new RunFixture(accounts, authoring, publishing, runs);
    }

    @Test
    void a_full_session_puts_people_on_the_wait_list_in_order_and_a_cancellation_promotes_the_first() {
        SessionId session = session(2, 0);
        List<String> people = members(4);
        List<RegistrationStatus> answers = people.stream()
                .map(p -> As.user(p, LEARNER, () -> registration.register(session))).toList();
        assertThat(answers).containsExactly(RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED,
                RegistrationStatus.WAITING, RegistrationStatus.WAITING);
        assertThat(As.user(people.get(3), LEARNER, () -> registration.mine(session))).get()
                .extracting(Registration::waitPosition).isEqualTo(2);

        As.user(people.get(0), LEARNER, () -> registration.cancelMine(session));

        List<Registration> now = As.user(fixture.owner, Courses.TRAINER, () -> registration.registrations(session));
        assertThat(now).extracting(r -> r.person().fullName().replace("María ", ""), Registration::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(people.get(1), RegistrationStatus.REGISTERED),
                        org.assertj.core.groups.Tuple.tuple(people.get(2), RegistrationStatus.REGISTERED),
                        org.assertj.core.groups.Tuple.tuple(people.get(3), RegistrationStatus.WAITING));
        assertThat(now.get(2).waitPosition()).isEqualTo(1);
        assertThat(As.user(people.get(0), LEARNER, () -> registration.mine(session))).isEmpty();

        // Registering again after cancelling goes to the end of the line.
        assertThat(As.user(people.get(0), LEARNER, () -> registration.register(session)))
                .isEqualTo(RegistrationStatus.WAITING);
        assertThat(As.user(people.get(0), LEARNER, () -> registration.mine(session))).get()
                .extracting(Registration::waitPosition).isEqualTo(2);
    }

    @Test
    void registering_twice_outside_the_run_after_closing_or_for_a_cancelled_session_is_refused() {
        SessionId session = session(null, 48);
        String member = members(1).getFirst();
        As.user(member, LEARNER, () -> registration.register(session));
        assertThatThrownBy(() -> As.user(member, LEARNER, () -> registration.register(session)))
                .hasMessage("error.programme.registration.already");
        String outsider = RunFixture.learner(accounts);
        As.user(outsider, LEARNER, () -> runs.join(fixture.norte));
        assertThatThrownBy(() -> As.user(outsider, LEARNER, () -> registration.register(session)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> As.user(outsider, LEARNER, () -> registration.cancelMine(session)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        String late = members(1).getFirst();
        SessionSummary summary = As.user(fixture.owner, Courses.TRAINER, () -> sessions.session(session));
        clock.advance(Duration.between(clock.instant(), summary.registrationClosesAt()).plusMinutes(1));
        assertThatThrownBy(() -> As.user(late, LEARNER, () -> registration.register(session)))
                .hasMessage("error.programme.registration.closed");

        SessionId cancelled = session(null, 0);
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.cancel(cancelled));
        assertThatThrownBy(() -> As.user(late, LEARNER, () -> registration.register(cancelled)))
                .hasMessage("error.programme.session-cancelled");
    }

    @Test
    void two_people_asking_for_the_last_seat_at_once_get_one_seat_and_the_first_place_on_the_wait_list()
            throws Exception {
        SessionId session = session(1, 0);
        List<String> people = members(2);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RegistrationStatus>> answers = people.stream().map(p -> pool.submit(() -> {
                start.await();
                return As.user(p, LEARNER, () -> registration.register(session));
            })).toList();
            start.countDown();
            List<RegistrationStatus> got = new java.util.ArrayList<>();
            for (Future<RegistrationStatus> answer : answers) {
                got.add(answer.get());
            }
            assertThat(got).containsExactlyInAnyOrder(RegistrationStatus.REGISTERED, RegistrationStatus.WAITING);
        } finally {
            pool.shutdownNow();
        }
        List<Registration> all = As.user(fixture.owner, Courses.TRAINER, () -> registration.registrations(session));
        assertThat(all).extracting(Registration::status)
                .containsExactly(RegistrationStatus.REGISTERED, RegistrationStatus.WAITING);
        assertThat(all.get(1).waitPosition()).isEqualTo(1);
    }

    private SessionId session(Integer capacity, int closesHours) {
        return As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste, new SessionDraft(
                "Taller", SessionKind.WORKSHOP, SessionServiceTest.NEXT_YEAR, LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Casa de la Cultura", "Centro", "Oaxaca de Juárez", MexicanState.OAX, capacity,
                Set.of(), "", closesHours))).id();
    }

    private List<String> members(int count) {
        List<String> people = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String learner = RunFixture.learner(accounts);
            As.user(learner, LEARNER, () -> runs.join(fixture.sureste));
            people.add(learner);
        }
        return people;
    }
}
