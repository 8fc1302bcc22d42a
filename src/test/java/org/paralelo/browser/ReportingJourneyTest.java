package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.RegionService;
import org.paralelo.people.Role;
import org.paralelo.reporting.ReportingFixture;
import org.paralelo.support.As;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator of one region signs in, sees only their region, drills down region → state → municipality to the
 * people and their progress, and downloads the table as CSV and the funder report as PDF and XLSX (read back); an
 * admin opens the targets screen; in Spanish and in English, with screenshots at desktop width and 360 px.
 */
class ReportingJourneyTest extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolments;
    @Autowired ProgressService progress;

    ReportingFixture fixture;
    String regionName;

    @BeforeEach
    void aProgrammeOfTwoRegions() {
        fixture = new ReportingFixture(accounts, regions, authoring, publishing, enrolments, progress);
        regionName = As.admin(() -> regions.list()).stream().filter(r -> r.id() == fixture.regionA).findFirst()
                .orElseThrow().name();
    }

    @Test
    void a_coordinator_sees_only_their_region_drills_down_to_a_municipality_and_downloads_its_people() {
        DashboardPage dashboard = DashboardPage.signInAndOpen(this, fixture.coordinatorA, People.PASSWORD);
        assertThat(dashboard.heading()).isEqualTo("Informes del programa");
        assertThat(dashboard.places()).containsExactly(regionName);
        assertThat(dashboard.chartTitles()).hasSize(4).contains("Personas alcanzadas por estado");
        screenshotsAtBothWidths("reporting-programme-es");
        dashboard.scrollTo("chart-map");
        screenshotsAtBothWidths("reporting-map-es");

        DashboardPage states = dashboard.drillInto(regionName);
        assertThat(states.places()).containsExactly("Oaxaca", "Puebla");
        DashboardPage municipalities = states.drillInto("Oaxaca");
        assertThat(municipalities.places()).containsExactly("Teotitlán del Valle");
        screenshotsAtBothWidths("reporting-state-es");

        DashboardPage people = municipalities.drillInto("Teotitlán del Valle");
        assertThat(people.breadcrumb()).contains("Todo el programa").contains(regionName).contains("Oaxaca")
                .contains("Teotitlán del Valle");
        screenshotsAtBothWidths("reporting-municipality-es");

        String csv = people.download("export-places-csv");
        String finisher = As.admin(() -> accounts.find(fixture.finisher).orElseThrow().fullName());
        String outsider = As.admin(() -> accounts.find(fixture.outsider).orElseThrow().fullName());
        assertThat(csv).startsWith("\uFEFFPersona,Cursos,").contains(finisher).doesNotContain(outsider);
        assertThat(csv.lines()).hasSize(3);
    }

    @Test
    void the_same_dashboard_in_english() {
        DashboardPage dashboard = DashboardPage.signInAndOpen(this, fixture.coordinatorA, People.PASSWORD)
                .inLanguage("English", "Programme reports");
        assertThat(dashboard.places()).containsExactly(regionName);
        screenshotsAtBothWidths("reporting-programme-en");

        DashboardPage states = dashboard.drillInto(regionName);
        assertThat(states.breadcrumb()).contains("Whole programme");
        screenshotsAtBothWidths("reporting-region-en");
        states.scrollTo("chart-funnel");
        screenshotsAtBothWidths("reporting-funnel-en");
        states.scrollTo("section-places");
        screenshotsAtBothWidths("reporting-table-en");
    }

    @Test
    void a_coordinator_downloads_the_funder_report_as_pdf_and_xlsx_of_their_region_only() throws Exception {
        DashboardPage dashboard = DashboardPage.signInAndOpen(this, fixture.coordinatorA, People.PASSWORD);
        dashboard.scrollTo("section-funder");
        screenshotsAtBothWidths("reporting-funder-es");

        byte[] pdf = dashboard.downloadBytes("funder-pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Informe para el financiador", regionName).doesNotContain(regionB());
        }
        byte[] xlsx = dashboard.downloadBytes("funder-xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).startsWith("Cifras clave", "Avance hacia las metas");
            List<Row> byRegion = workbook.getSheets().toList().get(2).read();
            assertThat(byRegion).extracting(row -> row.getCellText(0)).contains(regionName)
                    .doesNotContain(regionB());
        }
    }

    @Test
    void an_admin_sets_the_targets_on_their_screen_in_spanish_and_english() {
        String admin = People.uniqueUsername("metas");
        People.create(accounts, admin, Role.ADMIN);
        LoginPage.open(this).signIn(admin, People.PASSWORD);
        TargetsPage targets = TargetsPage.open(this);
        assertThat(targets.heading()).isEqualTo("Metas del programa");
        assertThat(targets.fields()).isGreaterThanOrEqualTo(2);
        screenshotsAtBothWidths("reporting-targets-es");

        TargetsPage english = targets.inLanguage("English", "Programme targets");
        assertThat(english.heading()).isEqualTo("Programme targets");
        screenshotsAtBothWidths("reporting-targets-en");
    }

    private String regionB() {
        return As.admin(() -> regions.list()).stream().filter(r -> r.id() == fixture.regionB).findFirst()
                .orElseThrow().name();
    }
}
