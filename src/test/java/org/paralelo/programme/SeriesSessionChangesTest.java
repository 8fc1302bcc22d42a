package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
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
 * A debate series' sessions are edited and cancelled like a run's: a change of time or place, or a cancellation,
 * raises {@link SessionChanged} naming the series (no run, no course) and the people holding or waiting for a seat.
 */
@ParaleloSpringTest
@RecordApplicationEvents
@Tag("persistence")
class SeriesSessionChangesTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired SeriesService seriesService;
    @Autowired SessionService sessions;
    @Autowired OrganisationService organisations;
    @Autowired SessionRegistrationService registration;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    SeriesFixture f;

    @BeforeEach
    void aSeries() {
        f = new SeriesFixture(accounts, regions, seriesService, sessions, organisations, registration, clock);
    }

    @Test
    void moving_a_series_session_announces_it_to_the_people_registered_with_the_series_and_no_run() {
        SessionSummary before = read(f.first);
        SessionDraft later = moved(before, LocalTime.of(18, 0), "Casa de la Cultura del Mayab");
        SessionSaved saved = asOrganiser(() -> sessions.update(f.first, later, before.version()));

        assertThat(saved.id()).isEqualTo(f.first);
        SessionSummary after = read(f.first);
        assertThat(after.starts().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(after.venueName()).isEqualTo("Casa de la Cultura del Mayab");
        assertThat(changesOf(f.first)).singleElement().satisfies(change -> {
            assertThat(change.series()).isEqualTo(f.series);
            assertThat(change.run()).isNull();
            assertThat(change.course()).isNull();
            assertThat(change.changes()).containsExactlyInAnyOrder(SessionChanged.Change.TIME,
                    SessionChanged.Change.PLACE);
            assertThat(change.sequence()).isEqualTo(1);
            assertThat(change.people()).containsExactly(f.participantId);
            assertThat(change.title()).isEqualTo("Taller 1: diagnóstico");
            assertThat(change.venue()).isEqualTo("Casa de la Cultura del Mayab, Mérida");
        });
    }

    @Test
    void a_new_agenda_alone_is_saved_without_an_announcement() {
        SessionSummary before = read(f.first);
        SessionDraft agenda = new SessionDraft(before.title(), before.kind(), before.starts().toLocalDate(),
                before.starts().toLocalTime(), before.ends().toLocalTime(), before.venueName(), before.venueAddress(),
                before.venueMunicipality(), before.venueState(), before.capacity(), ids(before), "Nuevo orden", 2);
        asOrganiser(() -> sessions.update(f.first, agenda, before.version()));
        assertThat(read(f.first).agenda()).isEqualTo("Nuevo orden");
        assertThat(changesOf(f.first)).isEmpty();
    }

    @Test
    void cancelling_a_series_session_twice_announces_it_once_and_it_can_no_longer_be_edited() {
        asOrganiser(() -> sessions.cancel(f.first));
        asOrganiser(() -> sessions.cancel(f.first));
        assertThat(changesOf(f.first)).singleElement().satisfies(change -> {
            assertThat(change.cancelled()).isTrue();
            assertThat(change.series()).isEqualTo(f.series);
            assertThat(change.people()).containsExactly(f.participantId);
        });
        SessionSummary cancelled = read(f.first);
        assertThat(cancelled.cancelledAt()).isNotNull();
        assertThatThrownBy(() -> asOrganiser(() -> sessions.update(f.first, moved(cancelled, LocalTime.of(9, 0),
                "Otro lugar"), cancelled.version()))).hasMessage("error.programme.session-cancelled");
    }

    @Test
    void an_edit_made_on_an_old_copy_is_refused_and_changes_nothing() {
        SessionSummary before = read(f.first);
        asOrganiser(() -> sessions.update(f.first, moved(before, LocalTime.of(18, 0), before.venueName()),
                before.version()));
        assertThatThrownBy(() -> asOrganiser(() -> sessions.update(f.first, moved(before, LocalTime.of(9, 0),
                "Otro lugar"), before.version()))).isInstanceOf(StaleDataException.class);
        assertThat(read(f.first).starts().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void a_facilitator_who_does_not_organise_the_series_and_an_end_before_the_start_are_refused() {
        SessionSummary before = read(f.first);
        SessionDraft stranger = new SessionDraft(before.title(), before.kind(), before.starts().toLocalDate(),
                before.starts().toLocalTime(), before.ends().toLocalTime(), before.venueName(), "", "Mérida",
                before.venueState(), 40, Set.of(f.participantId), "", 2);
        assertThatThrownBy(() -> asOrganiser(() -> sessions.update(f.first, stranger, before.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(p -> p.messageKey()).contains("error.programme.series.facilitator-not-organiser"));
        SessionDraft backwards = moved(before, LocalTime.of(20, 0), before.venueName());
        assertThatThrownBy(() -> asOrganiser(() -> sessions.update(f.first, backwards, before.version())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(read(f.first).starts().toLocalTime()).isEqualTo(before.starts().toLocalTime());
        assertThat(changesOf(f.first)).isEmpty();
    }

    private SessionDraft moved(SessionSummary session, LocalTime start, String venue) {
        return new SessionDraft(session.title(), session.kind(), session.starts().toLocalDate(), start,
                LocalTime.of(19, 30), venue, session.venueAddress(), session.venueMunicipality(),
                session.venueState(), session.capacity(), ids(session), session.agenda(), 2);
    }

    private static Set<PersonId> ids(SessionSummary session) {
        return Set.copyOf(session.facilitators().stream().map(p -> p.id()).toList());
    }

    private SessionSummary read(SessionId id) {
        return As.admin(() -> sessions.session(id));
    }

    private <T> T asOrganiser(java.util.function.Supplier<T> call) {
        return As.user(f.organiser, Courses.TRAINER, call);
    }

    private void asOrganiser(Runnable call) {
        As.user(f.organiser, Courses.TRAINER, call);
    }

    private List<SessionChanged> changesOf(SessionId session) {
        return events.stream(SessionChanged.class).filter(e -> e.session().equals(session)).toList();
    }
}
