package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.notifications.MailFixture.learner;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.notifications.MailFixture.Someone;
import org.paralelo.people.AccountService;
import org.paralelo.people.RegionService;
import org.paralelo.programme.OrganisationService;
import org.paralelo.programme.SeriesFixture;
import org.paralelo.programme.SeriesService;
import org.paralelo.programme.SessionChanged;
import org.paralelo.programme.SessionDraft;
import org.paralelo.programme.SessionRegistrationService;
import org.paralelo.programme.SessionService;
import org.paralelo.programme.SessionSummary;
import org.paralelo.programme.SessionTimes;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.MailServer;
import org.paralelo.support.MailTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A session moved or cancelled reaches the people registered for it or waiting: a notice pointing at Mi agenda
 * and a mail at once in their language, and nobody else. (That a run's session names its people is in
 * {@code AttendanceServiceTest}.)
 */
@MailTest
@Tag("persistence")
class SessionNoticesTest {

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

    SeriesFixture f;
    Someone english;

    @BeforeEach
    void aSeriesWithAnEnglishReaderRegistered() {
        f = new SeriesFixture(accounts, regions, seriesService, sessions, organisations, registration, clock);
        english = learner(accounts, "inglesa", "en");
        As.user(english.username(), SeriesFixture.LEARNER, () -> registration.register(f.first));
    }

    @Test
    void moving_a_series_session_tells_each_registered_person_by_notice_and_mail_in_their_language() throws Exception {
        SessionSummary before = As.admin(() -> sessions.session(f.first));
        As.user(f.organiser, Courses.TRAINER, () -> sessions.update(f.first, new SessionDraft(before.title(),
                before.kind(), before.starts().toLocalDate(), LocalTime.of(18, 0), LocalTime.of(20, 0),
                "Museo de la Ciudad", before.venueAddress(), before.venueMunicipality(), before.venueState(),
                before.capacity(), Set.of(), before.agenda(), 2), before.version()));

        MailFixture.await("the participant's notice", () -> !mine(f.participant).isEmpty());
        assertThat(mine(f.participant)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.SESSION_CHANGED);
            assertThat(n.subject()).isEqualTo("Taller 1: diagnóstico");
            assertThat(n.excerpt()).contains("18:00", "Museo de la Ciudad, Mérida",
                    "(" + SessionTimes.zoneName(java.time.ZoneId.of("America/Mexico_City"), Languages.SPANISH) + ")")
                    .doesNotContain("America/");
            assertThat(n.link()).isEqualTo("mi-agenda");
        });
        MailFixture.await("the English reader's notice", () -> !mine(english.username()).isEmpty());
        sendAllDue();
        MimeMessage mail = MailFixture.received(english.email(), 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("The date or place of the session “Taller 1: diagnóstico” changed");
        assertThat(MailServer.part(mail, "text/plain")).contains("Museo de la Ciudad", "/mi-agenda");
        assertThat(mine(f.outsider)).as("someone without a seat hears nothing").isEmpty();
        assertThat(mine(f.organiser)).as("the organiser who made the change hears nothing").isEmpty();
    }

    @Test
    void each_reader_gets_the_changed_date_time_and_zone_in_their_own_language_in_the_app_and_by_mail()
            throws Exception {
        SessionSummary before = As.admin(() -> sessions.session(f.first));
        As.user(f.organiser, Courses.TRAINER, () -> sessions.update(f.first, new SessionDraft(before.title(),
                before.kind(), before.starts().toLocalDate(), LocalTime.of(18, 0), LocalTime.of(20, 0),
                before.venueName(), before.venueAddress(), before.venueMunicipality(), before.venueState(),
                before.capacity(), Set.of(), before.agenda(), 2), before.version()));
        java.time.ZoneId venue = java.time.ZoneId.of("America/Mexico_City");
        String spanishZone = SessionTimes.zoneName(venue, Languages.SPANISH);
        String englishZone = SessionTimes.zoneName(venue, Languages.ENGLISH);

        MailFixture.await("both notices", () -> !mine(f.participant).isEmpty() && !mine(english.username()).isEmpty());
        assertThat(mine(f.participant)).singleElement().satisfies(n -> assertThat(n.excerpt())
                .contains("18:00", "(" + spanishZone + ")").doesNotContain(englishZone, "PM"));
        assertThat(mine(english.username())).singleElement().satisfies(n -> assertThat(n.excerpt())
                .contains("6:00", "PM", "(" + englishZone + ")").doesNotContain(spanishZone, "18:00"));
        sendAllDue();
        MimeMessage mail = MailFixture.received(english.email(), 1).getFirst();
        assertThat(MailServer.part(mail, "text/plain")).contains(englishZone).doesNotContain(spanishZone);
    }

    @Test
    void a_cancelled_series_session_is_told_once_even_when_the_event_is_replayed() {
        As.user(f.organiser, Courses.TRAINER, () -> sessions.cancel(f.first));
        MailFixture.await("the cancellation notice", () -> !mine(f.participant).isEmpty());
        SessionSummary cancelled = As.admin(() -> sessions.session(f.first));
        new TransactionTemplate(transactions).executeWithoutResult(status -> listener.on(new SessionChanged(
                f.first, null, null, f.series, cancelled.title(), cancelled.starts(), "Centro Cultural Olimpo, Mérida",
                Set.of(SessionChanged.Change.CANCELLED), 1, Instant.now(), Set.of(f.participantId))));
        assertThat(mine(f.participant)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.SESSION_CANCELLED);
            assertThat(n.subject()).isEqualTo("Taller 1: diagnóstico");
        });
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
