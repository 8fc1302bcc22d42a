package org.paralelo.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditEntryView;
import org.paralelo.people.AuditFilter;
import org.paralelo.people.AuditService;
import org.paralelo.people.NewAccount;
import org.paralelo.people.ProfileData;
import org.paralelo.people.RegionService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ParaleloSpringTest
@Tag("persistence")
class ExportServiceTest {

    static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolments;
    @Autowired ProgressService progress;
    @Autowired ExportService exports;
    @Autowired AuditService audit;

    ReportingFixture fixture;
    ReportPeriod period;

    @BeforeEach
    void aProgrammeOfTwoRegions() {
        fixture = new ReportingFixture(accounts, regions, authoring, publishing, enrolments, progress);
        period = new ReportPeriod(LocalDate.now().minusYears(1), LocalDate.now().plusDays(1));
    }

    private String csv(String coordinator, ExportTable table, Place place) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        As.user(coordinator, Coordinators.COORDINATOR,
                () -> exports.write(table, ExportFormat.CSV, period, place, SPANISH, out));
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<AuditEntryView> exportsBy(String who) {
        return As.admin(() -> audit.search(new AuditFilter(AuditAction.REPORT_EXPORTED, who, null, null), 0, 50));
    }

    @Test
    void a_coordinator_downloads_their_regions_states_and_the_download_is_in_the_audit_log() {
        String text = csv(fixture.coordinatorA, ExportTable.PLACES, Place.region(fixture.regionA));

        assertThat(text).startsWith("\uFEFFEstado,Alcanzadas,Meta").contains("Oaxaca,2,").contains("Puebla,1,");
        assertThat(exportsBy(fixture.coordinatorA)).singleElement().satisfies(entry -> assertThat(entry.subject())
                .startsWith("PLACES CSV region=" + fixture.regionA).endsWith("(2 rows)"));
    }

    @Test
    void the_people_export_lists_everyone_of_the_place_and_nobody_from_elsewhere() {
        String text = csv(fixture.coordinatorA, ExportTable.PEOPLE, Place.region(fixture.regionA));

        assertThat(text.lines()).hasSize(4);
        assertThat(text).startsWith("\uFEFFPersona,Cursos,");
        String outsider = As.admin(() -> accounts.find(fixture.outsider).orElseThrow().fullName());
        assertThat(text).doesNotContain(outsider);
    }

    @Test
    void a_coordinator_of_another_region_exports_nothing_of_it_and_nothing_is_recorded() {
        assertThatThrownBy(() -> csv(fixture.coordinatorB, ExportTable.PEOPLE, Place.region(fixture.regionA)))
                .isInstanceOf(AccessDeniedException.class);
        String programme = csv(fixture.coordinatorB, ExportTable.PEOPLE, Place.PROGRAMME);

        assertThat(programme.lines()).hasSize(2);
        assertThat(exportsBy(fixture.coordinatorB)).singleElement()
                .satisfies(entry -> assertThat(entry.subject()).startsWith("PEOPLE CSV programme"));
    }

    @Test
    void learners_and_trainers_cannot_export() {
        assertThatThrownBy(() -> As.user(fixture.learning.trainer, new String[] {"TRAINER"},
                () -> exports.write(ExportTable.PEOPLE, ExportFormat.XLSX, period, Place.PROGRAMME, SPANISH,
                        new ByteArrayOutputStream()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_person_whose_name_is_a_formula_comes_out_as_text() {
        String name = People.uniqueUsername("formula");
        As.admin(() -> accounts.create(new NewAccount(name, People.PASSWORD, Set.of(Role.LEARNER),
                new ProfileData("=HYPERLINK(\"http://evil.example\";\"x\")", name + "@ejemplo.mx", "es-MX", "OAX",
                        "Teotitlán del Valle", fixture.regionA, "ARTISAN", Set.of()))));

        String text = csv(fixture.coordinatorA, ExportTable.PEOPLE, Place.region(fixture.regionA));

        assertThat(text).contains("\"'=HYPERLINK(").doesNotContain("\n=HYPERLINK");
    }
}
