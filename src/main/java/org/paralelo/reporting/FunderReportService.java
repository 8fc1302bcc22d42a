package org.paralelo.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.base.Translations;
import org.paralelo.community.NetworkActivity;
import org.paralelo.community.NetworkFiguresService;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditService;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.programme.DeliveryFigures;
import org.paralelo.programme.DeliveryFiguresService;
import org.paralelo.programme.SessionKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The funder report of a period: targets against people reached, by region and position, courses and materials
 * published, hours delivered online and on site, sessions held, runs with their attendance, and the network's
 * activity; as PDF or XLSX, in Spanish or English. A coordinator's report covers their regions only (the dashboard
 * and the network counts keep to them). Every download is written to the audit log like the other exports.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
public class FunderReportService {

    private final DashboardService dashboards;
    private final CatalogueService catalogue;
    private final DeliveryFiguresService deliveries;
    private final NetworkFiguresService network;
    private final AuditService audit;
    private final RegionService regions;
    private final Translations translations;
    private final Clock clock;

    FunderReportService(DashboardService dashboards, CatalogueService catalogue, DeliveryFiguresService deliveries,
                        NetworkFiguresService network, AuditService audit, RegionService regions,
                        Translations translations, Clock clock) {
        this.regions = regions;
        this.dashboards = dashboards;
        this.catalogue = catalogue;
        this.deliveries = deliveries;
        this.network = network;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    /** The file name offered, e.g. {@code paralelo-informe-financiador-2027-01-01-2027-06-30.pdf}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public String fileName(String extension, ReportPeriod period, Locale locale) {
        return t("funder.file", locale) + "-" + period.from() + "-" + period.to() + "." + extension;
    }

    /** The report as figures and words, in the given language. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public FunderReport report(ReportPeriod period, Locale locale) {
        DeliveryFigures delivery = deliveries.delivery(period.start(), period.end());
        Dashboard dashboard = dashboards.dashboard(period, Place.PROGRAMME, locale, delivery);
        NetworkActivity activity = network.activity(period.start(), period.end(), RegionScope.EVERY_REGION);
        List<CourseCard> courses = catalogue.publishedCourses();
        FunderTables tables = new FunderTables((key, args) -> t(key, locale, args));
        List<FunderTable> all = new ArrayList<>();
        all.add(tables.keyFigures(keyFigures(dashboard, delivery, activity, courses)));
        all.add(tables.targets(dashboard.targets(), dashboard.total()));
        all.add(tables.regions(dashboard.places()));
        all.add(tables.positions(dashboard.positions()));
        all.add(tables.courses(dashboard.courses(), courses));
        all.add(tables.runs(dashboard.runs()));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<RegionView> mine = dashboards.myRegions();
        String scope = mine.size() == regions.list().size() ? t("reporting.place.programme", locale)
                : t("funder.scope.regions", locale, mine.stream().map(RegionView::name)
                        .collect(Collectors.joining(", ")));
        return new FunderReport(t("funder.title", locale), t("funder.period", locale, date.format(period.from()),
                date.format(period.to())), scope, t("funder.generated", locale,
                date.format(LocalDate.now(clock.withZone(ProgrammeZone.ZONE)))), all);
    }

    /** Writes the report as PDF and records the download. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void writePdf(ReportPeriod period, Locale locale, OutputStream out) {
        FunderReport report = report(period, locale);
        write(out, FunderReportPdf.render(report, t("funder.page", locale)));
        audit.record(AuditAction.REPORT_EXPORTED, "FUNDER PDF " + locale.getLanguage() + " " + period.from() + ".."
                + period.to());
    }

    /** Writes the report as XLSX, one sheet per table, and records the download. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void writeXlsx(ReportPeriod period, Locale locale, OutputStream out) {
        FunderReport report = report(period, locale);
        try {
            TableWriter.sheets(report.tables(), out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        audit.record(AuditAction.REPORT_EXPORTED, "FUNDER XLSX " + locale.getLanguage() + " " + period.from() + ".."
                + period.to());
    }

    /** The summary's figures, in order: message key → value. */
    private static Map<String, @Nullable Object> keyFigures(Dashboard dashboard, DeliveryFigures delivery,
                                                          NetworkActivity activity, List<CourseCard> courses) {
        Map<String, Integer> hoursByCourse = new HashMap<>();
        courses.forEach(c -> hoursByCourse.put(Long.toString(c.id().value()), c.estimatedHours()));
        long onlineHours = dashboard.courses().stream()
                .mapToLong(r -> (long) r.completed() * hoursByCourse.getOrDefault(r.key(), 0)).sum();
        Map<String, @Nullable Object> figures = new LinkedHashMap<>();
        figures.put("funder.figure.reached", dashboard.total().reached());
        figures.put("funder.figure.target", dashboard.total().target());
        figures.put("funder.figure.completed", dashboard.total().completed());
        figures.put("funder.figure.certified", dashboard.total().certified());
        figures.put("funder.figure.courses", courses.size());
        figures.put("funder.figure.lessons", courses.stream().mapToInt(CourseCard::lessonCount).sum());
        figures.put("funder.figure.online-hours", onlineHours);
        figures.put("funder.figure.onsite-hours", Math.round(delivery.onSiteTime().toMinutes() / 6.0) / 10.0);
        for (SessionKind kind : SessionKind.values()) {
            figures.put("funder.figure.sessions." + kind.name(), delivery.sessionsHeld().getOrDefault(kind, 0));
        }
        figures.put("funder.figure.attendance", dashboard.attendancePercent());
        figures.put("funder.figure.threads", activity.threads());
        figures.put("funder.figure.replies", activity.replies());
        figures.put("funder.figure.profiles", activity.publicProfiles());
        figures.put("funder.figure.messages", activity.messages());
        return figures;
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

}
