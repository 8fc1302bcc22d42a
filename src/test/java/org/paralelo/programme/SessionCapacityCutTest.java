package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/**
 * Lowering a session's capacity below its seats taken, and raising it (the first people waiting take the new seats),
 * on H2 and (persistence tag) MariaDB.
 */
@ParaleloSpringTest
@Tag("persistence")
class SessionCapacityCutTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionRegistrationService registration;
    @Autowired TestClock clock;

    RunFixture fixture;
    SessionId session;
    List<String> people;

    @BeforeEach
    void fourSeatsTakenAndOnePersonWaiting() {
        fixture = new RunFixture(accounts, authoring, publishing, runs);
        session = As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste, draft(4))).id();
        people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String learner = RunFixture.learner(accounts);
            As.user(learner, LEARNER, () -> runs.join(fixture.sureste));
            As.user(learner, LEARNER, () -> registration.register(session));
            people.add(learner);
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void a_capacity_below_the_seats_taken_is_refused_with_how_many_would_have_to_wait_and_nothing_changes() {
        long version = summary().version();
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER,
                () -> sessions.update(session, draft(2), version)))
                .isInstanceOfSatisfying(CapacityBelowRegistered.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("error.programme.capacity-below-registered");
                    assertThat(refusal.arguments()).containsExactly(4, 2, 2);
                    assertThat(refusal.extra()).isEqualTo(2);
                });
        assertThat(summary().capacity()).isEqualTo(4);
        assertThat(statuses()).containsExactly(
                tuple(people.get(0), RegistrationStatus.REGISTERED, null),
                tuple(people.get(1), RegistrationStatus.REGISTERED, null),
                tuple(people.get(2), RegistrationStatus.REGISTERED, null),
                tuple(people.get(3), RegistrationStatus.REGISTERED, null),
                tuple(people.get(4), RegistrationStatus.WAITING, 1));
        // Down to exactly the seats taken is no cut at all.
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.update(session, draft(4), version));
    }

    @Test
    void confirming_moves_the_latest_registered_to_the_head_of_the_wait_list_in_order() {
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.updateMovingExtra(session, draft(2),
                summary().version()));

        assertThat(summary().capacity()).isEqualTo(2);
        assertThat(statuses()).containsExactly(
                tuple(people.get(0), RegistrationStatus.REGISTERED, null),
                tuple(people.get(1), RegistrationStatus.REGISTERED, null),
                tuple(people.get(2), RegistrationStatus.WAITING, 1),
                tuple(people.get(3), RegistrationStatus.WAITING, 2),
                tuple(people.get(4), RegistrationStatus.WAITING, 3));

        As.user(people.get(0), LEARNER, () -> registration.cancelMine(session));
        assertThat(As.user(people.get(2), LEARNER, () -> registration.mine(session))).get()
                .extracting(Registration::status).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void a_refused_cut_after_a_stale_read_or_by_someone_who_does_not_manage_the_session_moves_nobody() {
        long version = summary().version();
        assertThatThrownBy(() -> As.user(people.get(0), LEARNER,
                () -> sessions.updateMovingExtra(session, draft(1), version)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SessionDraft renamed = draft(4);
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.update(session, new SessionDraft("Taller renombrado",
                renamed.kind(), renamed.date(), renamed.startTime(), renamed.endTime(), renamed.venueName(),
                renamed.venueAddress(), renamed.venueMunicipality(), renamed.venueState(), 4, Set.of(), "", 0),
                version));
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER,
                () -> sessions.updateMovingExtra(session, draft(1), version)))
                .isInstanceOf(org.paralelo.base.StaleDataException.class);
        assertThat(statuses()).extracting(t -> t.toList().get(1)).containsExactly(RegistrationStatus.REGISTERED,
                RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED,
                RegistrationStatus.WAITING);
    }

    @Test
    void raising_the_capacity_gives_the_new_seats_to_the_first_people_waiting_in_arrival_order() {
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.updateMovingExtra(session, draft(2),
                summary().version()));
        String late = RunFixture.learner(accounts);
        As.user(late, LEARNER, () -> runs.join(fixture.sureste));
        As.user(late, LEARNER, () -> registration.register(session));

        As.user(fixture.owner, Courses.TRAINER, () -> sessions.update(session, draft(4), summary().version()));

        assertThat(statuses()).containsExactly(
                tuple(people.get(0), RegistrationStatus.REGISTERED, null),
                tuple(people.get(1), RegistrationStatus.REGISTERED, null),
                tuple(people.get(2), RegistrationStatus.REGISTERED, null),
                tuple(people.get(3), RegistrationStatus.REGISTERED, null),
                tuple(people.get(4), RegistrationStatus.WAITING, 1),
                tuple(late.replace("María ", ""), RegistrationStatus.WAITING, 2));
    }

    @Test
    void saving_the_same_capacity_twice_moves_nobody_and_no_limit_seats_everyone_waiting() {
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.update(session, draft(5), summary().version()));
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.update(session, draft(5), summary().version()));
        assertThat(statuses()).extracting(t -> t.toList().get(1)).containsOnly(RegistrationStatus.REGISTERED)
                .hasSize(5);

        As.user(fixture.owner, Courses.TRAINER, () -> sessions.updateMovingExtra(session, draft(3),
                summary().version()));
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.update(session, draft(null), summary().version()));
        assertThat(statuses()).extracting(t -> t.toList().get(1)).containsOnly(RegistrationStatus.REGISTERED)
                .hasSize(5);
    }

    @Test
    void raising_the_capacity_while_others_register_and_cancel_never_seats_more_than_the_capacity_and_keeps_the_order()
            throws Exception {
        List<String> newcomers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String learner = RunFixture.learner(accounts);
            As.user(learner, LEARNER, () -> runs.join(fixture.sureste));
            newcomers.add(learner);
        }
        long version = summary().version();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            done.add(pool.submit(() -> {
                start.await();
                return As.user(fixture.owner, Courses.TRAINER, () -> sessions.update(session, draft(6), version));
            }));
            done.add(pool.submit(() -> {
                start.await();
                As.user(people.get(0), LEARNER, () -> registration.cancelMine(session));
                return null;
            }));
            newcomers.forEach(learner -> done.add(pool.submit(() -> {
                start.await();
                return As.user(learner, LEARNER, () -> registration.register(session));
            })));
            start.countDown();
            for (java.util.concurrent.Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Registration> all = As.user(fixture.owner, Courses.TRAINER, () -> registration.registrations(session));
        assertThat(all).filteredOn(r -> r.status() == RegistrationStatus.REGISTERED).as("exactly the new capacity")
                .hasSize(6);
        assertThat(all).filteredOn(r -> r.status() == RegistrationStatus.WAITING).extracting(Registration::waitPosition)
                .containsExactly(1, 2, 3, 4);
        assertThat(all).as("the seats are the earliest requests, then the wait list in arrival order")
                .extracting(Registration::requestedAt).isSorted();
        assertThat(all).extracting(r -> r.person().fullName().replace("María ", ""))
                .as("who waited before the raise has a seat").contains(people.get(4))
                .doesNotContain(people.get(0));
    }

    private List<org.assertj.core.groups.Tuple> statuses() {
        return As.user(fixture.owner, Courses.TRAINER, () -> registration.registrations(session)).stream()
                .map(r -> tuple(r.person().fullName().replace("María ", ""), r.status(), r.waitPosition()))
                .toList();
    }

    private SessionSummary summary() {
        return As.user(fixture.owner, Courses.TRAINER, () -> sessions.session(session));
    }

    private static SessionDraft draft(Integer capacity) {
        return new SessionDraft("Taller", SessionKind.WORKSHOP, SessionServiceTest.NEXT_YEAR, LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Casa de la Cultura", "Centro", "Oaxaca de Juárez", MexicanState.OAX, capacity,
                Set.of(), "", 0);
    }
}
