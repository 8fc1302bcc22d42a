package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.notifications.MailFixture.learner;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.learning.LearningFixture;
import org.paralelo.notifications.MailFixture.Someone;
import org.paralelo.people.AccountService;
import org.paralelo.people.RegionService;
import org.paralelo.programme.OrganisationService;
import org.paralelo.programme.SeriesFixture;
import org.paralelo.programme.SeriesService;
import org.paralelo.programme.SessionDraft;
import org.paralelo.programme.SessionRegistrationService;
import org.paralelo.programme.SessionService;
import org.paralelo.programme.SessionSummary;
import org.paralelo.programme.WaitListMoved;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.MailServer;
import org.paralelo.support.MailTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People moved between a session's seats and its wait list without asking are told, once per move, in their
 * language, with a link to the session: sent back to the wait list by a lower capacity (with their place), given a
 * seat by a raised capacity or by someone's cancellation.
 */
@MailTest
@Tag("persistence")
@RecordApplicationEvents
class WaitListNoticesTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired SeriesService seriesService;
    @Autowired SessionService sessions;
    @Autowired OrganisationService organisations;
    @Autowired SessionRegistrationService registration;
    @Autowired NoticeService notices;
    @Autowired ProgrammeNotices listener;
    @Autowired MailWorker worker;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents published;

    SeriesFixture f;
    Someone english;

    @BeforeEach
    void aSeriesSessionWithASpanishAndThenAnEnglishReaderRegistered() {
        f = new SeriesFixture(accounts, regions, seriesService, sessions, organisations, registration, clock);
        clock.advance(Duration.ofMinutes(1));
        english = learner(accounts, "espera", "en");
        As.user(english.username(), SeriesFixture.LEARNER, () -> registration.register(f.first));
    }

    @Test
    void a_capacity_cut_tells_the_person_sent_to_the_wait_list_their_place_by_notice_and_mail_in_their_language()
            throws Exception {
        capacity(1, true);

        MailFixture.await("the notice of the person cut", () -> !mine(english.username()).isEmpty());
        assertThat(mine(english.username())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.MOVED_TO_WAIT_LIST);
            assertThat(n.subject()).isEqualTo("Taller 1: diagnóstico");
            assertThat(n.excerpt()).startsWith("Place 1 on the wait list · ").contains("Centro Cultural Olimpo");
            assertThat(n.link()).isEqualTo("mi-agenda#agenda-" + f.first.value());
        });
        sendAllDue();
        MimeMessage mail = MailFixture.received(english.email(), 1).getFirst();
        assertThat(mail.getSubject())
                .isEqualTo("You were moved to the wait list of the session “Taller 1: diagnóstico”");
        assertThat(MailServer.part(mail, "text/plain")).contains("Place 1 on the wait list",
                "/mi-agenda#agenda-" + f.first.value());
        assertThat(mine(f.participant)).as("the person who keeps the seat hears nothing").isEmpty();
    }

    @Test
    void raising_the_capacity_tells_the_person_given_a_seat_in_spanish_and_a_replayed_move_is_told_once() {
        capacity(1, true);
        MailFixture.await("the cut notice", () -> !mine(english.username()).isEmpty());
        // The English reader leaves; the Spanish participant is cut and then given a seat again.
        As.user(english.username(), SeriesFixture.LEARNER, () -> registration.cancelMine(f.first));
        String spanish = LearningFixture.learner(accounts);
        clock.advance(Duration.ofMinutes(1));
        As.user(spanish, SeriesFixture.LEARNER, () -> registration.register(f.first));
        assertThat(mine(spanish)).isEmpty();
        clock.advance(Duration.ofMinutes(1));

        capacity(2, false);

        MailFixture.await("the seat notice", () -> !mine(spanish).isEmpty());
        assertThat(mine(spanish)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.SEAT_GRANTED);
            assertThat(n.excerpt()).contains("Centro Cultural Olimpo, Mérida").doesNotContain("Place", "Lugar");
            assertThat(n.link()).isEqualTo("mi-agenda#agenda-" + f.first.value());
        });
        WaitListMoved seat = published.stream(WaitListMoved.class).filter(m -> m.seated().contains(idOf(spanish)))
                .reduce((earlier, later) -> later).orElseThrow();
        new TransactionTemplate(transactions).executeWithoutResult(status -> listener.on(seat));
        assertThat(mine(spanish)).as("told once").hasSize(1);
    }

    @Test
    void a_cancelled_seat_tells_the_first_person_waiting_that_the_seat_is_theirs() {
        capacity(1, true);
        MailFixture.await("the cut notice", () -> !mine(english.username()).isEmpty());
        clock.advance(Duration.ofMinutes(1));

        As.user(f.participant, SeriesFixture.LEARNER, () -> registration.cancelMine(f.first));

        MailFixture.await("the seat notice", () -> mine(english.username()).size() == 2);
        assertThat(mine(english.username())).extracting(NoticeView::kind)
                .containsExactlyInAnyOrder(NoticeKind.MOVED_TO_WAIT_LIST, NoticeKind.SEAT_GRANTED);
    }

    @Test
    void two_moves_of_one_person_in_the_same_instant_are_told_twice_and_a_replayed_move_once() {
        clock.freeze();
        capacity(1, true);
        capacity(2, false);
        capacity(1, true);
        capacity(2, false);

        List<WaitListMoved> moves = published.stream(WaitListMoved.class)
                .filter(m -> m.session().equals(f.first)).toList();
        assertThat(moves).as("cut, seated, cut, seated").hasSize(4)
                .extracting(WaitListMoved::at).as("all in the same instant").containsOnly(moves.getFirst().at());
        MailFixture.await("four notices", () -> mine(english.username()).size() == 4);
        assertThat(mine(english.username())).extracting(NoticeView::kind).containsExactlyInAnyOrder(
                NoticeKind.MOVED_TO_WAIT_LIST, NoticeKind.MOVED_TO_WAIT_LIST, NoticeKind.SEAT_GRANTED,
                NoticeKind.SEAT_GRANTED);

        new TransactionTemplate(transactions).executeWithoutResult(status -> moves.forEach(listener::on));
        assertThat(mine(english.username())).as("each move replayed is told once").hasSize(4);
    }

    private void capacity(int seats, boolean moveExtra) {
        SessionSummary before = As.admin(() -> sessions.session(f.first));
        SessionDraft draft = new SessionDraft(before.title(), before.kind(), before.starts().toLocalDate(),
                before.starts().toLocalTime(), before.ends().toLocalTime(), before.venueName(), before.venueAddress(),
                before.venueMunicipality(), before.venueState(), seats, Set.of(), before.agenda(), 2);
        As.user(f.organiser, Courses.TRAINER, () -> moveExtra
                ? sessions.updateMovingExtra(f.first, draft, before.version())
                : sessions.update(f.first, draft, before.version()));
    }

    private org.paralelo.people.PersonId idOf(String username) {
        return LearningFixture.learnerId(accounts, username);
    }

    private List<NoticeView> mine(String username) {
        return As.user(username, SeriesFixture.LEARNER, () -> notices.mine(0, 50));
    }

    private void sendAllDue() {
        for (int round = 0; round < 200 && worker.sendDue() > 0; round++) {
            // each round sends a batch
        }
    }
}
