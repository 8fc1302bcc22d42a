package org.paralelo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonId;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole programme's dashboard is added up by the database (grouped per person, per course and per month) and a
 * small place's by streaming every row through Java: on one generated programme — 600 learners in every region,
 * six courses, and a trainer with progress who is no learner and must not be counted — both ways give the same
 * dashboard, for the whole programme, a region and a state, this year and a past quarter.
 */
@ParaleloSpringTest
class DashboardAdditionTest {

    static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @Autowired JdbcTemplate jdbc;
    @Autowired RegionService regionService;
    @Autowired AccountService accounts;
    @Autowired DashboardService dashboards;
    @Autowired Clock clock;

    List<RegionView> regions;
    LocalDate today;

    @BeforeEach
    void aGeneratedProgramme() {
        regions = As.admin(() -> regionService.list());
        Instant now = clock.instant();
        List<Long> courses = List.of(900_001L, 900_002L, 900_003L, 900_004L, 900_005L, 900_006L);
        DashboardBenchmark.generate(jdbc, regions, courses, now, 600);
        PersonId trainer = People.create(accounts, People.uniqueUsername("imparte-suma"), Role.TRAINER);
        for (long course : courses.subList(0, 3)) {
            Timestamp enrolled = Timestamp.from(now.minus(Duration.ofDays(20)));
            jdbc.update("insert into report_progress (course_id, person_id, enrolled_at, last_activity_at,"
                    + " completed_at, certified_at, quiz_percent, refreshed_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    course, trainer.value(), enrolled, enrolled, enrolled, null, 55.5, enrolled);
        }
        today = LocalDate.now(clock.withZone(ProgrammeZone.ZONE));
    }

    @Test
    void the_whole_programme_added_up_by_the_database_equals_the_row_by_row_sum() {
        for (ReportPeriod period : periods()) {
            assertThat(both(period, Place.PROGRAMME)).satisfies(pair -> assertThat(pair[0]).isEqualTo(pair[1]));
        }
        Dashboard grouped = As.admin(() -> dashboards.dashboard(ReportPeriod.yearTo(today), Place.PROGRAMME,
                SPANISH, DashboardService.Addition.IN_THE_DATABASE));
        assertThat(grouped.total().reached()).as("the generated learners are counted").isGreaterThanOrEqualTo(600);
        assertThat(grouped.courses()).as("courses of the generated programme").hasSizeGreaterThanOrEqualTo(6);
        assertThat(grouped.activity()).extracting(Dashboard.MonthCount::enrolled).anyMatch(n -> n > 0);
    }

    @Test
    void a_region_and_a_state_added_up_by_the_database_equal_the_row_by_row_sum() {
        for (ReportPeriod period : periods()) {
            Place region = Place.region(regions.getFirst().id());
            Dashboard[] pair = both(period, region);
            assertThat(pair[0]).isEqualTo(pair[1]);
            assertThat(pair[0].total().reached()).isPositive();
            String state = pair[0].places().getFirst().key();
            if (!state.isEmpty()) {
                Dashboard[] statePair = both(period, region.state(MexicanState.valueOf(state)));
                assertThat(statePair[0]).isEqualTo(statePair[1]);
            }
        }
    }

    private List<ReportPeriod> periods() {
        return List.of(ReportPeriod.yearTo(today), new ReportPeriod(today.minusMonths(5).withDayOfMonth(1),
                today.minusMonths(3).withDayOfMonth(1)));
    }

    /** {grouped, streamed} of the same place and period, as an admin. */
    private Dashboard[] both(ReportPeriod period, Place place) {
        return As.admin(() -> new Dashboard[] {
            dashboards.dashboard(period, place, SPANISH, DashboardService.Addition.IN_THE_DATABASE),
            dashboards.dashboard(period, place, SPANISH, DashboardService.Addition.STREAMED)});
    }
}
