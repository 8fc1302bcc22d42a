package org.paralelo.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseCard;

/** The funder report's tables, made from the dashboard's rows with headers in the reader's language. */
final class FunderTables {

    private final BiFunction<String, Object[], String> t;

    FunderTables(BiFunction<String, Object[], String> t) {
        this.t = t;
    }

    FunderTable keyFigures(Map<String, @Nullable Object> figures) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        figures.forEach((key, value) -> rows.add(Arrays.asList(t(key), value)));
        return FunderTable.plain(t("funder.table.summary"), List.of(t("funder.column.figure"),
                t("funder.column.value")), rows);
    }

    FunderTable targets(List<ReportRow> targets, ReportRow total) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (ReportRow r : targets) {
            rows.add(Arrays.asList(r.label(), r.target(), r.reached(), r.percentOfTarget(), r.completed(),
                    r.certified()));
        }
        rows.add(Arrays.asList(total.label(), total.target(), total.reached(), total.percentOfTarget(),
                total.completed(), total.certified()));
        return new FunderTable(t("reporting.section.targets"), List.of(t("reporting.column.audience"),
                t("reporting.column.target"), t("reporting.column.reached"), t("reporting.column.percent"),
                t("reporting.column.completed"), t("reporting.column.certified")), rows, 2, 1);
    }

    FunderTable regions(List<ReportRow> places) {
        return counts(t("reporting.section.places.PROGRAMME"), t("reporting.column.place.PROGRAMME"), places, true);
    }

    FunderTable positions(List<ReportRow> positions) {
        return counts(t("reporting.section.positions"), t("reporting.column.position"), positions, false);
    }

    FunderTable courses(List<ReportRow> reached, List<CourseCard> published) {
        Map<String, CourseCard> cards = new HashMap<>();
        published.forEach(c -> cards.put(Long.toString(c.id().value()), c));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (ReportRow r : reached) {
            CourseCard card = cards.get(r.key());
            rows.add(Arrays.asList(r.label(), card == null ? null : card.lessonCount(),
                    card == null ? null : card.estimatedHours(), r.reached(), r.completed(), r.certified(),
                    r.quizAverage()));
        }
        return new FunderTable(t("reporting.section.courses"), List.of(t("reporting.column.course"),
                t("funder.column.lessons"), t("funder.column.hours"), t("reporting.column.reached"),
                t("reporting.column.completed"), t("reporting.column.certified"), t("reporting.column.quiz")),
                rows, 3, -1);
    }

    FunderTable runs(List<Dashboard.RunLine> runs) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Dashboard.RunLine line : runs) {
            ReportRow r = line.row();
            rows.add(Arrays.asList(r.label(), t(line.mode().messageKey()), r.reached(), r.completed(),
                    r.certified(), line.attendancePercent()));
        }
        return FunderTable.plain(t("reporting.section.runs"), List.of(t("reporting.column.run"),
                t("reporting.column.mode"), t("reporting.column.reached"), t("reporting.column.completed"),
                t("reporting.column.certified"), t("reporting.column.attendance")), rows);
    }

    private FunderTable counts(String title, String first, List<ReportRow> rows, boolean withTarget) {
        List<List<@Nullable Object>> cells = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(first, t("reporting.column.reached")));
        if (withTarget) {
            header.addAll(List.of(t("reporting.column.target"), t("reporting.column.percent")));
        }
        header.addAll(List.of(t("reporting.column.enrolled"), t("reporting.column.active"),
                t("reporting.column.completed"), t("reporting.column.certified")));
        for (ReportRow r : rows) {
            List<@Nullable Object> row = new ArrayList<>(Arrays.asList(r.label(), r.reached()));
            if (withTarget) {
                row.addAll(Arrays.asList(r.target(), r.percentOfTarget()));
            }
            row.addAll(List.of(r.enrolled(), r.active(), r.completed(), r.certified()));
            cells.add(row);
        }
        return new FunderTable(title, header, cells, 1, withTarget ? 2 : -1);
    }

    private String t(String key, Object... args) {
        return t.apply(key, args);
    }
}
