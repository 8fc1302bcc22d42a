package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonId;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** On-site sessions of a run: venue zones, checks, clash warnings, cancelling, who reads them. */
@ParaleloSpringTest
class SessionServiceTest {

    static final String[] LEARNER = LearningFixture.LEARNER;
    static final LocalDate NEXT_YEAR = LocalDate.now().plusYears(1).withMonth(7).withDayOfMonth(1);

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired TestClock clock;

    RunFixture fixture;

    @BeforeEach
    void aCourseWithTwoRuns() {
        fixture = new RunFixture(accounts, authoring, publishing, runs);
    }

    @Test
    void a_session_keeps_the_venues_local_time_and_zone_from_its_state() {
        SessionSaved saved = As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                draft("Taller en Tijuana", NEXT_YEAR, MexicanState.BCN, Set.of())));
        SessionSummary session = As.user(fixture.owner, Courses.TRAINER, () -> sessions.session(saved.id()));

        assertThat(saved.warnings()).isEmpty();
        assertThat(session.zone()).isEqualTo(ZoneId.of("America/Tijuana"));
        assertThat(session.starts().toLocalDateTime()).isEqualTo(NEXT_YEAR.atTime(10, 0));
        assertThat(session.starts().getOffset().getTotalSeconds()).as("summer in Tijuana: UTC-7")
                .isEqualTo(-7 * 3600);
    }

    @Test
    void members_of_the_run_read_its_sessions_and_a_learner_of_another_run_may_not() {
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                draft("Primer taller", NEXT_YEAR, MexicanState.OAX, Set.of())));
        String member = RunFixture.learner(accounts);
        String other = RunFixture.learner(accounts);
        As.user(member, LEARNER, () -> runs.join(fixture.sureste));
        As.user(other, LEARNER, () -> runs.join(fixture.norte));

        assertThat(As.user(member, LEARNER, () -> sessions.sessions(fixture.sureste)))
                .extracting(SessionSummary::title).containsExactly("Primer taller");
        assertThatThrownBy(() -> As.user(other, LEARNER, () -> sessions.sessions(fixture.sureste)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user(fixture.coTrainer, Courses.TRAINER, () -> sessions.create(fixture.norte,
                draft("Ajeno", NEXT_YEAR, MexicanState.OAX, Set.of())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_bad_session_is_refused_with_every_problem_and_a_past_one_too() {
        SessionDraft bad = new SessionDraft(" ", SessionKind.WORKSHOP, NEXT_YEAR, LocalTime.of(12, 0),
                LocalTime.of(10, 0), "", "Calle 1", "Oaxaca", null, 0, Set.of(), "", 24);
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste, bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactlyInAnyOrder(
                                "title:error.required", "endTime:error.programme.end-before-start",
                                "venueName:error.required", "venueState:error.required",
                                "capacity:error.programme.capacity-range"));
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                draft("Ayer", LocalDate.now().minusDays(1), MexicanState.OAX, Set.of()))))
                .hasMessage("error.programme.session.in-past");
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> sessions.sessions(fixture.sureste))).isEmpty();
    }

    @Test
    void a_time_the_clocks_skip_at_the_venue_is_refused() {
        ZoneId tijuana = VenueZones.of(MexicanState.BCN);
        ZoneOffsetTransition transition = tijuana.getRules().nextTransition(clock.instant());
        if (!transition.isGap()) {
            transition = tijuana.getRules().nextTransition(transition.getInstant());
        }
        // e.g. 02:30 on the second Sunday of March does not exist in Tijuana.
        LocalDate day = transition.getDateTimeBefore().toLocalDate();
        LocalTime skipped = transition.getDateTimeBefore().toLocalTime().plusMinutes(30);
        SessionDraft draft = new SessionDraft("De madrugada", SessionKind.WORKSHOP, day, skipped,
                skipped.plusHours(2), "Casa de la Cultura", "Calle 1", "Tijuana", MexicanState.BCN, null, Set.of(), "",
                0);
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                draft))).hasMessage("error.programme.session.time-skipped");
    }

    @Test
    void a_facilitator_with_another_session_at_the_same_time_is_a_warning_and_the_session_is_saved() {
        PersonId co = fixture.coTrainerId;
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                draft("Primero", NEXT_YEAR, MexicanState.OAX, Set.of(co))));
        // 10:00-12:00 in Cancún is 09:00-11:00 in Oaxaca: they overlap.
        SessionSaved second = As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                draft("Segundo", NEXT_YEAR, MexicanState.ROO, Set.of(co))));
        assertThat(second.warnings()).singleElement().extracting(SessionSaved.Warning::messageKey)
                .isEqualTo("programme.session.warn-overlap");
        assertThat(second.warnings().getFirst().arguments()[1]).isEqualTo("Primero");
        SessionSaved apart = As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                draft("Otro día", NEXT_YEAR.plusDays(1), MexicanState.OAX, Set.of(co))));
        assertThat(apart.warnings()).isEmpty();
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> sessions.sessions(fixture.sureste))).hasSize(3);
    }

    @Test
    void a_cancelled_session_stays_listed_as_cancelled_and_can_no_longer_be_changed() {
        SessionSaved saved = As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                draft("Se cancela", NEXT_YEAR, MexicanState.OAX, Set.of())));
        As.user(fixture.coTrainer, Courses.TRAINER, () -> sessions.cancel(saved.id()));
        SessionSummary cancelled = As.user(fixture.owner, Courses.TRAINER, () -> sessions.session(saved.id()));
        assertThat(cancelled.cancelledAt()).isNotNull();
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> sessions.update(saved.id(),
                draft("Otra vez", NEXT_YEAR, MexicanState.OAX, Set.of()), cancelled.version())))
                .hasMessage("error.programme.session-cancelled");
    }

    static SessionDraft draft(String title, LocalDate day, MexicanState state, Set<PersonId> facilitators) {
        return new SessionDraft(title, SessionKind.WORKSHOP, day, LocalTime.of(10, 0), LocalTime.of(12, 0),
                "Casa de la Cultura", "Av. Independencia 10", "Centro", state, 30, facilitators, "## Orden del día", 0);
    }
}
