package org.paralelo.reporting.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.paralelo.reporting.Dashboard;
import org.paralelo.reporting.ReportRow;

/**
 * The dashboard's three charts with their words: people reached by place against the target (bars, each a link
 * one level down), enrolments and completions per month (line), the completion funnel, and a map of Mexico shaded
 * by people reached per state.
 */
final class DashboardCharts {

    private DashboardCharts() {
    }

    /**
     * The charts of one dashboard.
     *
     * @param t        translation: key and arguments to text in the person's language
     * @param placeName the section's name for the places ("By region")
     * @param drill    the link one level down for a place row, or null
     * @param stateLink the link to a state (by code) on the map, or null
     */
    static List<Chart> of(Dashboard dashboard, BiFunction<String, Object[], String> t, String placeName,
                          String placeColumn, Function<ReportRow, @Nullable String> drill,
                          Function<String, @Nullable String> stateLink) {
        List<Chart> charts = new ArrayList<>();
        List<ReportRow> places = dashboard.places().stream()
                .sorted(Comparator.comparingInt(ReportRow::reached).reversed()).toList();
        String reachedTitle = t.apply("reporting.chart.reached-title", new Object[] {placeName});
        String reachedText = places.isEmpty() ? t.apply("reporting.empty", new Object[0])
                : t.apply("reporting.chart.reached-desc", new Object[] {places.size(), places.getFirst().label(),
                    places.getFirst().reached()});
        charts.add(new Chart("chart-reached", reachedTitle, reachedText, ChartWriter.bars("chart-reached-svg",
                reachedTitle, reachedText, places.stream().map(r -> new ChartWriter.Bar(r.label(), r.reached(),
                        r.target(), drill.apply(r))).toList()),
                List.of(placeColumn, t.apply("reporting.column.reached", new Object[0]),
                        t.apply("reporting.column.target", new Object[0])),
                places.stream().map(r -> List.of(r.label(), Integer.toString(r.reached()),
                        r.target() == null ? "—" : r.target().toString())).toList()));

        List<String> months = dashboard.activity().stream().map(Dashboard.MonthCount::month).toList();
        int[] enrolled = dashboard.activity().stream().mapToInt(Dashboard.MonthCount::enrolled).toArray();
        int[] completed = dashboard.activity().stream().mapToInt(Dashboard.MonthCount::completed).toArray();
        String activityTitle = t.apply("reporting.chart.activity-title", new Object[0]);
        String activityText = t.apply("reporting.chart.activity-desc", new Object[] {
            Arrays.stream(enrolled).sum(), Arrays.stream(completed).sum()});
        String enrolments = t.apply("reporting.chart.enrolments", new Object[0]);
        String completions = t.apply("reporting.chart.completions", new Object[0]);
        charts.add(new Chart("chart-activity", activityTitle, activityText, ChartWriter.line("chart-activity-svg",
                activityTitle, activityText, months, List.of(new ChartWriter.Series(enrolments, enrolled),
                        new ChartWriter.Series(completions, completed))),
                List.of(t.apply("reporting.chart.month", new Object[0]), enrolments, completions),
                dashboard.activity().stream().map(m -> List.of(m.month(), Integer.toString(m.enrolled()),
                        Integer.toString(m.completed()))).toList()));

        List<Dashboard.FunnelStep> funnel = dashboard.funnel();
        String funnelTitle = t.apply("reporting.chart.funnel-title", new Object[0]);
        String funnelText = t.apply("reporting.chart.funnel-desc", funnel.stream()
                .map(Dashboard.FunnelStep::people).toArray());
        charts.add(new Chart("chart-funnel", funnelTitle, funnelText, ChartWriter.funnel("chart-funnel-svg",
                funnelTitle, funnelText, funnel.stream().map(s -> new ChartWriter.Bar(t.apply(s.key(),
                        new Object[0]), s.people(), null, null)).toList()),
                List.of(t.apply("reporting.chart.step", new Object[0]), t.apply("reporting.chart.people",
                        new Object[0])),
                funnel.stream().map(s -> List.of(t.apply(s.key(), new Object[0]), Integer.toString(s.people())))
                        .toList()));
        charts.add(map(dashboard, t, placeColumn, stateLink));
        return charts;
    }

    private static Chart map(Dashboard dashboard, BiFunction<String, Object[], String> t, String placeColumn,
                             Function<String, @Nullable String> stateLink) {
        Map<String, Integer> reached = new HashMap<>();
        dashboard.states().forEach(r -> reached.put(r.key(), r.reached()));
        List<ReportRow> states = dashboard.states().stream()
                .sorted(Comparator.comparingInt(ReportRow::reached).reversed()).toList();
        String title = t.apply("reporting.chart.map-title", new Object[0]);
        String text = states.isEmpty() ? t.apply("reporting.empty", new Object[0])
                : t.apply("reporting.chart.map-desc", new Object[] {states.size(), states.getFirst().label(),
                    states.getFirst().reached()});
        String svg = MexicoMap.svg("chart-map-svg", title, text, reached,
                code -> t.apply("state." + code, new Object[0]), stateLink,
                t.apply("reporting.chart.map-fewer", new Object[0]), t.apply("reporting.chart.map-more",
                        new Object[0]));
        return new Chart("chart-map", title, text, svg, List.of(t.apply("reporting.column.place.REGION",
                new Object[0]), t.apply("reporting.column.reached", new Object[0])),
                states.stream().map(r -> List.of(r.label(), Integer.toString(r.reached()))).toList());
    }
}
