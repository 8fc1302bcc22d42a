package org.paralelo.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.programme.RunMode;

/**
 * The programme dashboard for a period and a place: totals, progress to target per audience, the table of the
 * level below the place (regions, states, municipalities or people), by position and by course, the monthly series
 * of enrolments and completions, the people reached per state (for the map), the completion funnel, the runs
 * (cohorts) the place's people belong to, and the on-site attendance rate of the sessions held in the period
 * (percent of marks that were present or late; null where no attendance was recorded).
 */
public record Dashboard(ReportPeriod period, Place place, ReportRow total, List<ReportRow> targets,
                        List<ReportRow> places, List<ReportRow> positions, List<ReportRow> courses,
                        List<ReportRow> states, List<MonthCount> activity, List<FunnelStep> funnel,
                        List<RunLine> runs, @Nullable Double attendancePercent) {

    /** A run's line: its people's counts in its course, how it is delivered and its on-site attendance rate. */
    public record RunLine(ReportRow row, RunMode mode, @Nullable Double attendancePercent) {
    }

    /** Enrolments and completions in one month of the period ({@code month} as {@code 2027-03}). */
    public record MonthCount(String month, int enrolled, int completed) {
    }

    /** One step of the funnel: a message key and how many people reached it. */
    public record FunnelStep(String key, int people) {
    }
}
