package org.paralelo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.RegionService;
import org.paralelo.programme.DeliveryFigures;
import org.paralelo.programme.DeliveryFiguresService;
import org.paralelo.programme.RunDraft;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunMode;
import org.paralelo.programme.RunService;
import org.paralelo.programme.SessionKind;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's runs: region A's two people in a hybrid run, one of whom finished the course; one on-site session
 * held in the period, where one was present and the other absent (marks written directly: the roll call's time
 * window is tested in programme); the funder report carries the same delivery figures.
 */
@ParaleloSpringTest
@Tag("persistence")
class DashboardRunsTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolments;
    @Autowired ProgressService progress;
    @Autowired RunService runs;
    @Autowired DashboardService dashboards;
    @Autowired FunderReportService funder;
    @Autowired DeliveryFiguresService deliveries;
    @Autowired JdbcTemplate jdbc;

    ReportingFixture fixture;
    ReportPeriod period;
    RunId run;

    @BeforeEach
    void aRunOfRegionAWithOneSessionHeld() {
        fixture = new ReportingFixture(accounts, regions, authoring, publishing, enrolments, progress);
        period = new ReportPeriod(LocalDate.now().minusYears(1), LocalDate.now().plusDays(1));
        run = As.user(fixture.learning.trainer, Courses.TRAINER, () -> runs.create(fixture.learning.course,
                new RunDraft("Sureste " + fixture.regionA, Set.of(fixture.regionA), LocalDate.now().minusDays(10),
                        LocalDate.now().plusDays(100), Set.of(), null, false, null, null, RunMode.HYBRID)));
        As.user(fixture.learning.trainer, Courses.TRAINER, () -> {
            runs.enrol(run, fixture.finisher);
            runs.enrol(run, fixture.idle);
        });
        Instant starts = Instant.now().minus(Duration.ofDays(2));
        jdbc.update("""
                insert into programme_session (run_id, title, kind, session_date, start_time, end_time, zone_id,
                  starts_at, ends_at, venue_name, venue_address, venue_municipality, venue_state, capacity,
                  closes_hours, agenda, version)
                values (?, 'Taller', 'WORKSHOP', ?, '10:00:00', '13:00:00', 'America/Mexico_City', ?, ?, 'Casa',
                  'Centro', 'Oaxaca', 'OAX', null, 0, '', 0)""", run.value(), LocalDate.now().minusDays(2),
                Timestamp.from(starts), Timestamp.from(starts.plus(Duration.ofHours(3))));
        Long session = jdbc.queryForObject("select max(id) from programme_session where run_id = ?", Long.class,
                run.value());
        mark(session, fixture.finisher, "PRESENT");
        mark(session, fixture.idle, "ABSENT");
    }

    private void mark(Long session, PersonId person, String mark) {
        jdbc.update("insert into programme_attendance (session_id, person_id, mark, walk_in, source, marked_at,"
                + " marked_by, version) values (?, ?, ?, false, 'ROLL_CALL', ?, ?, 0)", session, person.value(), mark,
                Timestamp.from(Instant.now()), person.value());
    }

    @Test
    void the_run_lists_its_peoples_counts_and_half_of_the_marks_were_present() {
        Dashboard dashboard = As.user(fixture.coordinatorA, Coordinators.COORDINATOR,
                () -> dashboards.dashboard(period, Place.region(fixture.regionA), Locale.ROOT));

        assertThat(dashboard.runs()).singleElement().satisfies(line -> {
            assertThat(line.row().key()).isEqualTo(Long.toString(run.value()));
            assertThat(line.row().reached()).isEqualTo(2);
            assertThat(line.row().completed()).isEqualTo(1);
            assertThat(line.mode()).isEqualTo(RunMode.HYBRID);
            assertThat(line.attendancePercent()).isEqualTo(50.0);
        });
        assertThat(dashboard.attendancePercent()).isEqualTo(50.0);
    }

    @Test
    void the_funder_report_reads_the_delivery_once_and_its_pdf_and_xlsx_carry_the_same_sessions_hours_and_attendance()
            throws Exception {
        DeliveryFigures delivery = asCoordinatorA(() -> deliveries.delivery(period.start(), period.end()));
        FunderReport report = asCoordinatorA(() -> funder.report(period, Languages.SPANISH));

        Map<String, @Nullable Object> figures = new LinkedHashMap<>();
        report.tables().getFirst().rows().forEach(row -> figures.put((String) row.get(0), row.get(1)));
        assertThat(figures).containsEntry("Talleres realizados", 1)
                .containsEntry("Talleres realizados", delivery.sessionsHeld().get(SessionKind.WORKSHOP))
                .containsEntry("Horas de sesiones presenciales realizadas", 3.0)
                .containsEntry("Horas de sesiones presenciales realizadas",
                        Math.round(delivery.onSiteTime().toMinutes() / 6.0) / 10.0)
                .containsEntry("Asistencia presencial (%)", 50.0);
        assertThat(report.tables().getLast().rows()).singleElement()
                .satisfies(row -> assertThat(row.getLast()).isEqualTo(50.0));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        asCoordinatorA(() -> {
            funder.writePdf(period, Languages.SPANISH, pdf);
            return null;
        });
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Talleres realizados 1", "Horas de sesiones presenciales realizadas 3",
                            "Asistencia presencial (%) 50");
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        asCoordinatorA(() -> {
            funder.writeXlsx(period, Languages.SPANISH, xlsx);
            return null;
        });
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Map<String, @Nullable Double> cells = new LinkedHashMap<>();
            workbook.getFirstSheet().read().stream().skip(1).forEach(row -> cells.put(row.getCellText(0),
                    row.getCellAsNumber(1).map(BigDecimal::doubleValue).orElse(null)));
            assertThat(cells).containsEntry("Talleres realizados", 1.0)
                    .containsEntry("Horas de sesiones presenciales realizadas", 3.0)
                    .containsEntry("Asistencia presencial (%)", 50.0);
        }
    }

    private <T> T asCoordinatorA(Supplier<T> call) {
        return As.user(fixture.coordinatorA, Coordinators.COORDINATOR, call);
    }

    @Test
    void a_coordinator_of_another_region_sees_neither_the_run_nor_its_attendance() {
        Dashboard dashboard = As.user(fixture.coordinatorB, Coordinators.COORDINATOR,
                () -> dashboards.dashboard(period, Place.PROGRAMME, Locale.ROOT));

        assertThat(dashboard.runs()).isEmpty();
        assertThat(dashboard.attendancePercent()).isNull();
    }
}
