package org.paralelo.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditEntryView;
import org.paralelo.people.AuditFilter;
import org.paralelo.people.AuditService;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ParaleloSpringTest
@Tag("persistence")
class FunderReportServiceTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolments;
    @Autowired ProgressService progress;
    @Autowired FunderReportService funder;
    @Autowired AuditService audit;

    ReportingFixture fixture;
    ReportPeriod period;
    String regionA;
    String regionB;

    @BeforeEach
    void aProgrammeOfTwoRegions() {
        fixture = new ReportingFixture(accounts, regions, authoring, publishing, enrolments, progress);
        period = new ReportPeriod(LocalDate.now().minusYears(1), LocalDate.now().plusDays(1));
        List<RegionView> all = regions.list();
        regionA = all.stream().filter(r -> r.id() == fixture.regionA).findFirst().orElseThrow().name();
        regionB = all.stream().filter(r -> r.id() == fixture.regionB).findFirst().orElseThrow().name();
    }

    private String pdfText(String coordinator, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        As.user(coordinator, Coordinators.COORDINATOR, () -> funder.writePdf(period, locale, out));
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            // Words of a table cell wrap over lines: read the text as one line.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void a_coordinators_pdf_in_spanish_has_the_cover_and_the_figures_of_their_region_only() throws Exception {
        String text = pdfText(fixture.coordinatorA, Languages.SPANISH);

        assertThat(text).contains("Informe para el financiador", "Regiones: " + regionA, "Cifras clave",
                "Personas alcanzadas 3", "Personas que completaron un curso 1", "Avance hacia las metas",
                "Directoras y directores municipales de cultura", "Por región", "Por cargo", "Por curso",
                "Por edición", "Talleres realizados 0", "Red: temas iniciados", "Red: miembros con perfil público");
        // The regions' generated names wrap in the table's first column; their first words do not.
        assertThat(text).contains("Región A").doesNotContain("Región B");
    }

    @Test
    void the_same_report_reads_in_english_when_english_is_chosen() throws Exception {
        String text = pdfText(fixture.coordinatorB, Languages.ENGLISH);

        assertThat(text).contains("Report for the funder", "Regions: " + regionB, "Key figures", "People reached 1",
                "By region", "By position", "Network: private messages sent").doesNotContain("Región A");
    }

    @Test
    void the_xlsx_has_one_sheet_per_table_with_the_figures_and_the_download_is_audited() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        As.user(fixture.coordinatorA, Coordinators.COORDINATOR,
                () -> funder.writeXlsx(period, Languages.SPANISH, out));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Cifras clave",
                    "Avance hacia las metas", "Por región", "Por cargo", "Por curso", "Por edición");
            List<Row> summary = workbook.getFirstSheet().read();
            assertThat(summary.get(1).getCellText(0)).isEqualTo("Personas alcanzadas");
            assertThat(summary.get(1).getCellAsNumber(1)).hasValueSatisfying(n -> assertThat(n.intValue())
                    .isEqualTo(3));
            List<Row> byRegion = workbook.getSheets().toList().get(2).read();
            assertThat(byRegion).hasSize(2);
            assertThat(byRegion.get(1).getCellText(0)).isEqualTo(regionA);
        }
        List<AuditEntryView> entries = As.admin(() -> audit.search(new AuditFilter(AuditAction.REPORT_EXPORTED,
                fixture.coordinatorA, null, null), 0, 10));
        assertThat(entries).extracting(AuditEntryView::subject).anyMatch(s -> s.startsWith("FUNDER XLSX es"));
    }

    @Test
    void learners_and_trainers_get_no_funder_report() {
        assertThatThrownBy(() -> As.user(fixture.learning.trainer, new String[] {"TRAINER"},
                () -> funder.writePdf(period, Languages.SPANISH, new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user(fixture.learning.trainer, new String[] {"LEARNER"},
                () -> funder.writeXlsx(period, Languages.SPANISH, new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
