package org.paralelo.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.Languages;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.MexicanState;
import org.paralelo.people.RegionView;
import org.paralelo.reporting.Dashboard;
import org.paralelo.reporting.DashboardService;
import org.paralelo.reporting.ExportFormat;
import org.paralelo.reporting.ExportService;
import org.paralelo.reporting.ExportTable;
import org.paralelo.reporting.FunderReportService;
import org.paralelo.reporting.Place;
import org.paralelo.reporting.ReportPeriod;
import org.paralelo.reporting.ReportRow;
import org.paralelo.reporting.TargetService;

/**
 * The programme dashboard ({@code /informes}): a period, the place looked at (programme → region → state →
 * municipality, each a link, kept in the address so it can be bookmarked and the back button works), the totals,
 * progress to target, and tables by place, position and course. Coordinators see only their regions.
 */
@Route("informes")
@Menu(order = 25, title = "menu.reporting", icon = "vaadin:chart")
@RolesAllowed({"ADMIN", "COORDINATOR"})
public class DashboardView extends Main implements BeforeEnterObserver, TitledByHeading {

    static final String REGION = "region";
    static final String STATE = "estado";
    static final String MUNICIPALITY = "municipio";
    static final String FROM = "desde";
    static final String TO = "hasta";

    private final DashboardService dashboards;
    private final ExportService exports;
    private final TargetService targets;
    private final FunderReportService funder;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div content = new Div();
    private Place place = Place.PROGRAMME;
    private ReportPeriod period;

    DashboardView(DashboardService dashboards, ExportService exports, TargetService targets,
                  FunderReportService funder, Clock clock) {
        this.funder = funder;
        this.dashboards = dashboards;
        this.exports = exports;
        this.targets = targets;
        this.period = ReportPeriod.yearTo(LocalDate.now(clock.withZone(ProgrammeZone.ZONE)));
        addClassName("page");
        addClassName("dashboard");
        from.setLabel(getTranslation("reporting.from"));
        from.setId("report-from");
        to.setLabel(getTranslation("reporting.to"));
        to.setId("report-to");
        from.addValueChangeListener(change -> periodChanged(change.isFromClient()));
        to.addValueChangeListener(change -> periodChanged(change.isFromClient()));
        HorizontalLayout filters = new HorizontalLayout(from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("toolbar");
        content.setId("dashboard-content");
        content.setWidthFull();
        add(new H1(getTranslation("reporting.title")), new Paragraph(getTranslation("reporting.intro",
                DashboardService.ACTIVE_DAYS)), filters, content);
        if (targets.canEdit()) {
            Anchor edit = new Anchor("informes/metas", getTranslation("reporting.targets.edit"));
            edit.setId("edit-targets");
            filters.add(edit);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        place = placeFrom(query);
        LocalDate start = date(query, FROM).orElse(period.from());
        LocalDate end = date(query, TO).orElse(period.to());
        try {
            period = new ReportPeriod(start, end);
        } catch (InvalidInputException refused) {
            Notifications.error(getTranslation("error.reporting.period-order"));
        }
        from.setValue(period.from());
        to.setValue(period.to());
        show();
    }

    private void periodChanged(boolean fromClient) {
        if (!fromClient || from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            period = new ReportPeriod(from.getValue(), to.getValue());
            to.setInvalid(false);
            show();
        } catch (InvalidInputException refused) {
            to.setErrorMessage(getTranslation(refused.problems().getFirst().messageKey(),
                    refused.problems().getFirst().arguments()));
            to.setInvalid(true);
        }
    }

    private void show() {
        content.removeAll();
        Dashboard dashboard = dashboards.dashboard(period, place, getLocale());
        content.add(breadcrumb(), summary(dashboard.total(), dashboard.attendancePercent()), funderReport());
        if (place.level() != Place.Level.MUNICIPALITY) {
            Div charts = new Div();
            charts.addClassName("report-charts");
            charts.setId("report-charts");
            for (Chart chart : DashboardCharts.of(dashboard, (key, args) -> getTranslation(key, args),
                    getTranslation("reporting.section.places." + place.level().name()),
                    getTranslation("reporting.column.place." + place.level().name()), this::drill,
                    code -> place.level() == Place.Level.REGION
                            ? href(place.state(MexicanState.valueOf(code))) : null)) {
                Html figure = new Html("<div class=\"report-chart\">" + chart.html(
                        getTranslation("reporting.chart.show-data")) + "</div>");
                charts.add(figure);
            }
            content.add(section("charts", getTranslation("reporting.section.charts"), charts));
        }
        content.add(section("targets", getTranslation("reporting.section.targets"),
                new ReportTable("targets-table", getTranslation("reporting.column.audience"), dashboard.targets(),
                        getLocale(), true, null)));
        content.add(section("places", getTranslation("reporting.section.places." + place.level().name()),
                new ReportTable("places-table", getTranslation("reporting.column.place." + place.level().name()),
                        dashboard.places(), getLocale(), place.level() != Place.Level.MUNICIPALITY, this::drill)));
        content.add(section("positions", getTranslation("reporting.section.positions"),
                new ReportTable("positions-table", getTranslation("reporting.column.position"),
                        dashboard.positions(), getLocale(), true, null)));
        content.add(section("courses", getTranslation("reporting.section.courses"),
                new ReportTable("courses-table", getTranslation("reporting.column.course"), dashboard.courses(),
                        getLocale(), true, null)));
        content.add(section("runs", getTranslation("reporting.section.runs"), runs(dashboard)));
        content.add(section("exports", getTranslation("reporting.section.exports"), exports()));
    }

    /**
     * The funder report of the period for the caller's regions, PDF or XLSX, in the language chosen (the viewer's
     * by default), made when the link is clicked.
     */
    private Component funderReport() {
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("funder.language"));
        language.setId("funder-language");
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Languages.supported(getLocale()));
        ReportPeriod shown = period;
        Anchor pdf = funderLink(shown, language, "pdf", "application/pdf");
        Anchor xlsx = funderLink(shown, language, "xlsx", ExportFormat.XLSX.contentType());
        HorizontalLayout row = new HorizontalLayout(language, pdf, xlsx);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section("funder", getTranslation("funder.section"), row);
    }

    private Anchor funderLink(ReportPeriod shown, Select<Locale> language, String extension, String contentType) {
        DownloadHandler download = event -> {
            Locale chosen = language.getValue() == null ? getLocale() : language.getValue();
            event.setFileName(funder.fileName(extension, shown, chosen));
            event.setContentType(contentType);
            if (extension.equals("pdf")) {
                funder.writePdf(shown, chosen, event.getOutputStream());
            } else {
                funder.writeXlsx(shown, chosen, event.getOutputStream());
            }
        };
        Anchor link = new Anchor(download, getTranslation("funder.download." + extension));
        link.getElement().setAttribute("download", true);
        link.setId("funder-" + extension);
        link.addClassName("funder-link");
        return link;
    }

    /** The runs table: the counts of each run's people in its course, its mode and its on-site attendance. */
    private Component runs(Dashboard dashboard) {
        Map<String, Dashboard.RunLine> lines = new LinkedHashMap<>();
        dashboard.runs().forEach(line -> lines.put(line.row().key(), line));
        ReportTable table = new ReportTable("runs-table", getTranslation("reporting.column.run"),
                dashboard.runs().stream().map(Dashboard.RunLine::row).toList(), getLocale(), true, null);
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(1);
        table.addColumn(row -> getTranslation(lines.get(row.key()).mode().messageKey()))
                .setHeader(getTranslation("reporting.column.mode")).setAutoWidth(true).setFlexGrow(0);
        table.addColumn(row -> {
            Double rate = lines.get(row.key()).attendancePercent();
            return rate == null ? "—" : decimal.format(rate) + " %";
        }).setHeader(getTranslation("reporting.column.attendance")).setAutoWidth(true).setFlexGrow(0);
        return table;
    }

    /** A CSV and an XLSX link per table, streamed when clicked, for the period and place on screen. */
    private Component exports() {
        Div links = new Div();
        links.addClassName("report-exports");
        ReportPeriod shown = period;
        Place where = place;
        Locale locale = getLocale();
        for (ExportTable table : ExportTable.values()) {
            String name = table == ExportTable.PLACES
                    ? getTranslation("reporting.section.places." + where.level().name())
                    : getTranslation("reporting.export.sheet." + table.name());
            for (ExportFormat format : ExportFormat.values()) {
                DownloadHandler download = event -> {
                    event.setFileName(exports.fileName(table, format, shown));
                    event.setContentType(format.contentType());
                    exports.write(table, format, shown, where, locale, event.getOutputStream());
                };
                Anchor link = new Anchor(download, getTranslation("reporting.export.link", name, format.name()));
                link.getElement().setAttribute("download", true);
                link.setId("export-" + table.fileName() + "-" + format.extension());
                links.add(link);
            }
        }
        return links;
    }

    private Component section(String id, String title, Component... parts) {
        Div section = new Div(new H2(title));
        section.add(parts);
        section.setId("section-" + id);
        section.addClassName("report-section");
        return section;
    }

    private Component summary(ReportRow total, @Nullable Double attendance) {
        NumberFormat whole = NumberFormat.getIntegerInstance(getLocale());
        Div cards = new Div();
        cards.addClassName("report-cards");
        cards.setId("report-summary");
        card(cards, "reached", total.target() == null ? whole.format(total.reached())
                : getTranslation("reporting.of-target", whole.format(total.reached()), whole.format(total.target())));
        card(cards, "enrolled", whole.format(total.enrolled()));
        card(cards, "active", whole.format(total.active()));
        card(cards, "completed", whole.format(total.completed()));
        card(cards, "certified", whole.format(total.certified()));
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(1);
        card(cards, "quiz", total.quizAverage() == null ? "—" : decimal.format(total.quizAverage()) + " %");
        card(cards, "attendance", attendance == null ? "—" : decimal.format(attendance) + " %");
        return cards;
    }

    private void card(Div cards, String key, String value) {
        Span figure = new Span(value);
        figure.addClassName("report-figure");
        Div card = new Div(figure, new Span(getTranslation("reporting.column." + key)));
        card.addClassName("report-card");
        card.setId("card-" + key);
        cards.add(card);
    }

    private Component breadcrumb() {
        Nav nav = new Nav();
        nav.setId("report-breadcrumb");
        nav.addClassName("breadcrumb");
        nav.getElement().setAttribute("aria-label", getTranslation("reporting.breadcrumb"));
        String programme = getTranslation("reporting.place.programme");
        if (place.level() == Place.Level.PROGRAMME) {
            nav.add(new Span(programme));
            return nav;
        }
        nav.add(new Anchor(href(Place.PROGRAMME), programme));
        String regionName = dashboards.myRegions().stream().filter(r -> r.id() == place.regionId())
                .map(RegionView::name).findFirst().orElse("");
        crumb(nav, regionName, Place.region(place.regionId()), place.level() == Place.Level.REGION);
        if (place.state() != null) {
            crumb(nav, getTranslation(place.state().messageKey()), Place.region(place.regionId()).state(place.state()),
                    place.level() == Place.Level.STATE);
        }
        if (place.municipality() != null) {
            crumb(nav, place.municipality(), place, true);
        }
        return nav;
    }

    private void crumb(Nav nav, String label, Place target, boolean current) {
        nav.add(new Text(" › "));
        if (current) {
            Span here = new Span(label);
            here.getElement().setAttribute("aria-current", "page");
            nav.add(here);
        } else {
            nav.add(new Anchor(href(target), label));
        }
    }

    private @Nullable String drill(ReportRow row) {
        if (row.key().isEmpty()) {
            return null;
        }
        return switch (place.level()) {
            case PROGRAMME -> href(Place.region(Long.parseLong(row.key())));
            case REGION -> href(place.state(MexicanState.valueOf(row.key())));
            case STATE -> href(place.municipality(row.label()));
            case MUNICIPALITY -> null;
        };
    }

    /** The dashboard's address for a place, keeping the period. */
    String href(Place target) {
        Map<String, String> query = new LinkedHashMap<>();
        if (target.regionId() != null) {
            query.put(REGION, target.regionId().toString());
        }
        if (target.state() != null) {
            query.put(STATE, target.state().name());
        }
        if (target.municipality() != null) {
            query.put(MUNICIPALITY, target.municipality());
        }
        query.put(FROM, period.from().toString());
        query.put(TO, period.to().toString());
        return "informes?" + QueryParameters.simple(query).getQueryString();
    }

    private static Place placeFrom(Map<String, List<String>> query) {
        Optional<Long> region = first(query, REGION).flatMap(DashboardView::number);
        if (region.isEmpty()) {
            return Place.PROGRAMME;
        }
        Place found = Place.region(region.get());
        Optional<MexicanState> state = first(query, STATE).flatMap(MexicanState::fromCode);
        if (state.isEmpty()) {
            return found;
        }
        found = found.state(state.get());
        Optional<String> municipality = first(query, MUNICIPALITY).filter(m -> !m.isBlank() && m.length() <= 120);
        return municipality.map(found::municipality).orElse(found);
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(Map<String, List<String>> query, String name) {
        try {
            return first(query, name).map(LocalDate::parse);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
