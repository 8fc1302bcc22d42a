package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.programme.domain.ProgrammeFiguresStore;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.support.InMexicoCity;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The delivery figures find a session (saved by Hibernate as a UTC date-time) in the window it falls in, at its
 * instant, whatever the JVM's zone (bound and read as java.sql.Timestamp, both were six hours off in Mexico City).
 */
@ParaleloSpringTest
@Tag("persistence")
class SessionFiguresInMexicoCityTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired ProgrammeSessionRepository sessions;
    @Autowired ProgrammeFiguresStore figures;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void a_session_is_found_in_its_hours_window_at_its_instant_while_the_jvm_is_in_mexico_city() {
        RunFixture f = new RunFixture(accounts, authoring, publishing, runs);
        ProgrammeSession session = new ProgrammeSession(f.sureste.value());
        session.schedule("Taller de horarios", SessionKind.WORKSHOP, LocalDate.of(2031, 5, 20), LocalTime.of(10, 0),
                LocalTime.of(12, 0), ZoneId.of("America/Mexico_City"));
        sessions.save(session);
        Instant starts = Instant.parse("2031-05-20T16:00:00Z");

        List<ProgrammeFiguresStore.SessionRow> found = InMexicoCity.call(transactions, jdbc, () -> figures.sessions(
                starts.minus(Duration.ofHours(1)), starts.plus(Duration.ofHours(1))));

        assertThat(found).filteredOn(row -> row.runId() == f.sureste.value()).singleElement().satisfies(row -> {
            assertThat(row.startsAtMillis()).isEqualTo(starts.toEpochMilli());
            assertThat(row.endsAtMillis()).isEqualTo(starts.plus(Duration.ofHours(2)).toEpochMilli());
        });
    }
}
