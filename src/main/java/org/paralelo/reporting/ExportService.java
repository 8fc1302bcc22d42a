package org.paralelo.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.Translations;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Downloads of the dashboard's tables as CSV or XLSX, for the same period and place and under the same region rules
 * as the dashboard (a coordinator exports only their regions). Every download is written to the audit log (who,
 * which table, format, place and period, how many rows), which admins read under Bitácora de auditoría.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
public class ExportService {

    private final DashboardService dashboards;
    private final AuditService audit;
    private final Translations translations;

    ExportService(DashboardService dashboards, AuditService audit, Translations translations) {
        this.dashboards = dashboards;
        this.audit = audit;
        this.translations = translations;
    }

    /** The file name offered for a download, e.g. {@code paralelo-places-2027-01-01-2027-06-30.csv}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public String fileName(ExportTable table, ExportFormat format, ReportPeriod period) {
        return "paralelo-" + table.fileName() + "-" + period.from() + "-" + period.to() + "." + format.extension();
    }

    /** Writes the table to {@code out} as it is read, and records the download. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int write(ExportTable table, ExportFormat format, ReportPeriod period, Place place, Locale locale,
                     OutputStream out) {
        List<ReportRow> rows = switch (table) {
            case PEOPLE -> dashboards.people(period, place, locale);
            default -> {
                Dashboard dashboard = dashboards.dashboard(period, place, locale);
                yield switch (table) {
                    case TARGETS -> dashboard.targets();
                    case POSITIONS -> dashboard.positions();
                    case COURSES -> dashboard.courses();
                    default -> dashboard.places();
                };
            }
        };
        boolean people = table == ExportTable.PEOPLE
                || table == ExportTable.PLACES && place.level() == Place.Level.MUNICIPALITY;
        try {
            TableWriter.write(format, t("reporting.export.sheet." + table.name(), locale), header(table, place,
                    people, locale), cells(rows.iterator(), people), out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        audit.record(AuditAction.REPORT_EXPORTED, table.name() + " " + format.name() + " " + describe(place) + " "
                + period.from() + ".." + period.to() + " (" + rows.size() + " rows)");
        return rows.size();
    }

    private List<String> header(ExportTable table, Place place, boolean people, Locale locale) {
        String first = switch (table) {
            case TARGETS -> t("reporting.column.audience", locale);
            case POSITIONS -> t("reporting.column.position", locale);
            case COURSES -> t("reporting.column.course", locale);
            case PEOPLE -> t("reporting.column.place.MUNICIPALITY", locale);
            case PLACES -> t("reporting.column.place." + place.level().name(), locale);
        };
        List<String> header = new ArrayList<>(List.of(first));
        String prefix = people ? "reporting.person-column." : "reporting.column.";
        header.add(t(prefix + "reached", locale));
        if (!people) {
            header.addAll(List.of(t("reporting.column.target", locale), t("reporting.column.percent", locale)));
        }
        for (String column : new String[] {"enrolled", "active", "completed", "certified"}) {
            header.add(t(prefix + column, locale));
        }
        header.add(t("reporting.column.quiz", locale));
        return header;
    }

    /** Cells of each row, made as the writer asks for them. */
    static Iterator<List<@Nullable Object>> cells(Iterator<ReportRow> rows, boolean people) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public List<@Nullable Object> next() {
                ReportRow r = rows.next();
                List<@Nullable Object> cells = new ArrayList<>(10);
                cells.add(r.label());
                cells.add(r.reached());
                if (!people) {
                    cells.addAll(Arrays.asList(r.target(), r.percentOfTarget()));
                }
                cells.addAll(List.of(r.enrolled(), r.active(), r.completed(), r.certified()));
                cells.add(r.quizAverage());
                return cells;
            }
        };
    }

    private static String describe(Place place) {
        StringBuilder where = new StringBuilder(place.regionId() == null ? "programme" : "region=" + place.regionId());
        if (place.state() != null) {
            where.append(" state=").append(place.state().name());
        }
        if (place.municipality() != null) {
            where.append(" municipality=").append(place.municipality());
        }
        return where.toString();
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
