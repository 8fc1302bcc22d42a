package org.paralelo.reporting;

import java.util.List;

/**
 * The programme dashboard for a period and a place: totals, progress to target per audience, the table of the
 * level below the place (regions, states, municipalities or people), by position and by course, the monthly series
 * of enrolments and completions, the people reached per state (for the map) and the completion funnel.
 */
public record Dashboard(ReportPeriod period, Place place, ReportRow total, List<ReportRow> targets,
                        List<ReportRow> places, List<ReportRow> positions, List<ReportRow> courses,
                        List<ReportRow> states, List<MonthCount> activity, List<FunnelStep> funnel) {

    /** Enrolments and completions in one month of the period ({@code month} as {@code 2027-03}). */
    public record MonthCount(String month, int enrolled, int completed) {
    }

    /** One step of the funnel: a message key and how many people reached it. */
    public record FunnelStep(String key, int people) {
    }
}
