package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.RegionService;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * People at a debate series' sessions are marked with the same roll call, walk-ins and check-in codes as at a
 * run's: the organiser marks those with a seat, adds walk-ins from the series' participants, and anyone in the room
 * checks in with the code; each mark is announced naming the series, not a run or a course.
 */
@ParaleloSpringTest
@RecordApplicationEvents
@Tag("persistence")
class SeriesRollCallTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired SeriesService seriesService;
    @Autowired SessionService sessions;
    @Autowired OrganisationService organisations;
    @Autowired SessionRegistrationService registration;
    @Autowired AttendanceService attendance;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    SeriesFixture f;

    @BeforeEach
    void aSeriesAtTheStartOfItsFirstSession() {
        f = new SeriesFixture(accounts, regions, seriesService, sessions, organisations, registration, clock);
        Instant starts = As.admin(() -> sessions.session(f.first)).starts().toInstant();
        clock.advance(Duration.between(clock.instant(), starts.minus(Duration.ofMinutes(5))));
    }

    @Test
    void the_organiser_marks_a_person_with_a_seat_and_the_mark_names_the_series() {
        asOrganiser(() -> attendance.mark(f.first, f.participantId, AttendanceMark.PRESENT, AttendanceSource.ROLL_CALL));
        assertThat(asOrganiser(() -> attendance.rollCall(f.first))).singleElement().satisfies(entry -> {
            assertThat(entry.person().id()).isEqualTo(f.participantId);
            assertThat(entry.person().fullName()).as("the organiser reads the participant's name").endsWith(
                    f.participant);
            assertThat(entry.mark()).isEqualTo(AttendanceMark.PRESENT);
            assertThat(entry.walkIn()).isFalse();
        });
        assertThat(events.stream(AttendanceRecorded.class).filter(e -> e.session().equals(f.first)))
                .singleElement().satisfies(recorded -> {
                    assertThat(recorded.series()).isEqualTo(f.series);
                    assertThat(recorded.run()).isNull();
                    assertThat(recorded.course()).isNull();
                    assertThat(recorded.person()).isEqualTo(f.participantId);
                });
        assertThat(asOrganiser(() -> attendance.history(f.first))).hasSize(1);
    }

    @Test
    void walk_ins_come_from_the_series_participants_and_someone_from_outside_is_refused() {
        String later = LearningFixture.learner(accounts);
        PersonId laterId = LearningFixture.learnerId(accounts, later);
        As.user(later, SeriesFixture.LEARNER, () -> registration.register(f.second));

        List<PersonId> found = asOrganiser(() -> attendance.walkInCandidates(f.first, later, 10)).stream()
                .map(p -> p.id()).toList();
        assertThat(found).containsExactly(laterId);
        assertThat(asOrganiser(() -> attendance.walkInCandidates(f.first, f.outsider, 10))).isEmpty();

        asOrganiser(() -> attendance.mark(f.first, laterId, AttendanceMark.LATE, AttendanceSource.ROLL_CALL));
        assertThat(asOrganiser(() -> attendance.rollCall(f.first))).filteredOn(e -> e.person().id().equals(laterId))
                .singleElement().satisfies(e -> assertThat(e.walkIn()).isTrue());
        PersonId outsider = LearningFixture.learnerId(accounts, f.outsider);
        assertThatThrownBy(() -> asOrganiser(() -> attendance.mark(f.first, outsider, AttendanceMark.PRESENT,
                AttendanceSource.ROLL_CALL))).hasMessage("error.programme.attendance.not-member");
        assertThat(asOrganiser(() -> attendance.markRestAbsent(f.first, AttendanceSource.ROLL_CALL)))
                .as("the participant with a seat and no mark").isEqualTo(1);
    }

    @Test
    void anyone_in_the_room_checks_in_with_the_code_once_and_the_sheet_prints_for_the_series() {
        CheckInCode code = asOrganiser(() -> attendance.issueCode(f.first));
        CheckInResult first = As.user(f.outsider, SeriesFixture.LEARNER, () -> attendance.checkIn(code.code()));
        CheckInResult again = As.user(f.outsider, SeriesFixture.LEARNER, () -> attendance.checkIn(code.code()));
        assertThat(first.mark()).isEqualTo(AttendanceMark.PRESENT);
        assertThat(first.already()).isFalse();
        assertThat(again.already()).isTrue();
        assertThat(As.user(f.outsider, SeriesFixture.LEARNER, () -> attendance.myMark(f.first)))
                .contains(AttendanceMark.PRESENT);
        assertThatThrownBy(() -> As.user(f.participant, SeriesFixture.LEARNER, () -> attendance.checkIn("ZZZZZZ")))
                .hasMessage("error.programme.check-in.code-unknown");

        byte[] sheet = asOrganiser(() -> attendance.signInSheet(f.first, java.util.Locale.ENGLISH));
        assertThat(new String(sheet, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private <T> T asOrganiser(java.util.function.Supplier<T> call) {
        return As.user(f.organiser, Courses.TRAINER, call);
    }

    private void asOrganiser(Runnable call) {
        As.user(f.organiser, Courses.TRAINER, call);
    }
}
