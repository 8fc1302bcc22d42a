package org.paralelo.reporting;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.paralelo.base.SystemTask;
import org.paralelo.base.UtcDateTimes;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.programme.RunService;
import org.paralelo.programme.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a week ({@code paralelo.reporting.weekly-summary-day} and {@code -hour}, Monday 8:00 by default, in
 * {@code paralelo.reporting.weekly-summary-zone}, Mexico City by default) each coordinator's regions are summed up
 * for the seven days before and handed to notifications as {@link CoordinatorWeekSummarised}. Each coordinator is
 * done in one transaction that first inserts the row (coordinator, week) of {@code report_weekly_summary} and
 * records the event with it: a rerun that week, or the same job on another node, fails on that key and sends
 * nothing, and a crash after the commit only delays the mail (the event registry replays it).
 */
@Component
class WeeklyCoordinatorSummary {

    private static final Logger log = LoggerFactory.getLogger(WeeklyCoordinatorSummary.class);
    /** Runs starting or ending within this many days are listed. */
    static final int SOON_DAYS = 14;

    private final PersonDirectory directory;
    private final RegionService regions;
    private final DashboardService dashboards;
    private final RunService runs;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    WeeklyCoordinatorSummary(PersonDirectory directory, RegionService regions, DashboardService dashboards,
                             RunService runs, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                             ApplicationEventPublisher events, Clock clock,
                             @Value("${paralelo.reporting.weekly-summary-zone:America/Mexico_City}") ZoneId zone) {
        this.directory = directory;
        this.regions = regions;
        this.dashboards = dashboards;
        this.runs = runs;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(cron = "0 0 ${paralelo.reporting.weekly-summary-hour:8} * * ${paralelo.reporting.weekly-summary-day:MON}",
            zone = "${paralelo.reporting.weekly-summary-zone:America/Mexico_City}")
    @SchedulerLock(name = "weekly-coordinator-summary", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void scheduled() {
        log.info("Weekly coordinator summary: {} prepared", prepareDue());
    }

    /** Prepares this week's summaries not yet made; returns how many. Safe to run again, and on several nodes. */
    int prepareDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate weekOf = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ReportPeriod lastSevenDays = new ReportPeriod(today.minusDays(7), today.minusDays(1));
        Map<PersonId, RegionScope> coordinators = SystemTask.call(directory::coordinators);
        List<RunSummary> openRuns = SystemTask.call(runs::runsToEnrolInto);
        // Figures per region (0: the whole programme), computed once for all the coordinators who share it.
        Map<Long, CoordinatorWeekSummarised.RegionWeek> figures = new java.util.concurrent.ConcurrentHashMap<>();
        int prepared = 0;
        for (Map.Entry<PersonId, RegionScope> coordinator : coordinators.entrySet()) {
            try {
                transaction.executeWithoutResult(status -> prepare(coordinator.getKey(), coordinator.getValue(),
                        weekOf, lastSevenDays, figures, soon(openRuns, coordinator.getValue(), today)));
                prepared++;
            } catch (DuplicateKeyException alreadyMade) {
                log.debug("The summary of coordinator {} for the week of {} was already made", coordinator.getKey(),
                        weekOf);
            } catch (RuntimeException failed) {
                // Nothing was kept (the transaction rolled back): the next run that week tries again.
                log.warn("The weekly summary of coordinator {} failed", coordinator.getKey(), failed);
            }
        }
        return prepared;
    }

    private void prepare(PersonId coordinator, RegionScope scope, LocalDate weekOf, ReportPeriod period,
                         Map<Long, CoordinatorWeekSummarised.RegionWeek> known,
                         List<CoordinatorWeekSummarised.RunSoon> runsSoon) {
        jdbc.update("insert into report_weekly_summary (person_id, week_of, created_at) values (?, ?, ?)",
                coordinator.value(), weekOf, UtcDateTimes.of(clock.instant()));
        List<CoordinatorWeekSummarised.RegionWeek> figures = new ArrayList<>();
        if (scope.all()) {
            figures.add(known.computeIfAbsent(0L, all -> figures(period, Place.PROGRAMME, "")));
        } else {
            for (RegionView region : SystemTask.call(regions::list)) {
                if (scope.covers(region.id())) {
                    figures.add(known.computeIfAbsent(region.id(),
                            id -> figures(period, Place.region(id), region.name())));
                }
            }
        }
        events.publishEvent(new CoordinatorWeekSummarised(coordinator, weekOf, period.from(), period.to(), figures,
                runsSoon));
    }

    /** The place's total row: reached by the period's end against its target, and the period's events. */
    private CoordinatorWeekSummarised.RegionWeek figures(ReportPeriod period, Place place, String name) {
        Dashboard dashboard = SystemTask.call(() -> dashboards.dashboard(period, place, Locale.ROOT));
        ReportRow total = dashboard.total();
        return new CoordinatorWeekSummarised.RegionWeek(name, total.reached(), total.target(), total.enrolled(),
                total.completed(), total.certified(), dashboard.attendancePercent());
    }

    /** Open runs of the coordinator's regions (or of no region in particular) starting or ending soon. */
    private static List<CoordinatorWeekSummarised.RunSoon> soon(List<RunSummary> open, RegionScope scope,
                                                                LocalDate today) {
        LocalDate horizon = today.plusDays(SOON_DAYS);
        return open.stream()
                .filter(run -> run.regions().isEmpty() || run.regions().stream().anyMatch(r -> scope.covers(r.id())))
                .filter(run -> within(run.startsOn(), today, horizon) || within(run.endsOn(), today, horizon))
                .sorted(java.util.Comparator.comparing(RunSummary::startsOn))
                .map(run -> new CoordinatorWeekSummarised.RunSoon(run.name(), run.startsOn(), run.endsOn()))
                .toList();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
