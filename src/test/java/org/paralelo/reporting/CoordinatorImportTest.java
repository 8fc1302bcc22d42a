package org.paralelo.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.GroupEnrolment;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.ImportMapping;
import org.paralelo.people.ImportOutcome;
import org.paralelo.people.ImportPreview;
import org.paralelo.people.ImportProblem;
import org.paralelo.people.ImportProblemKind;
import org.paralelo.people.ImportRowPreview;
import org.paralelo.people.ImportTable;
import org.paralelo.people.ParticipantImportService;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.people.domain.PersonRepository;
import org.paralelo.programme.RunDraft;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunMode;
import org.paralelo.programme.RunService;
import org.paralelo.programme.RunSummary;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The bulk import for coordinators (only learners of their regions, only into runs they follow) and the import's
 * run-enrolment option, against the real services and database.
 */
@ParaleloSpringTest
@Tag("persistence")
class CoordinatorImportTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolments;
    @Autowired ProgressService progress;
    @Autowired RunService runs;
    @Autowired ParticipantImportService imports;
    @Autowired ParticipantImportRun importRun;
    @Autowired PersonRepository people;
    @Autowired MessageSource messages;
    @Autowired JdbcTemplate jdbc;

    ReportingFixture fixture;
    String tag;
    RunId runA;
    RunId runB;

    @BeforeEach
    void twoRegionsWithARunEach() {
        fixture = new ReportingFixture(accounts, regions, authoring, publishing, enrolments, progress);
        tag = People.uniqueUsername("ci");
        runA = run("A", fixture.regionA);
        runB = run("B", fixture.regionB);
    }

    @Test
    void a_coordinator_imports_rows_of_their_region_and_each_row_of_another_region_is_refused_in_their_language() {
        String csv = header()
                + row("Ana", "ana", regionName(fixture.regionA))
                + row("Beto", "beto", regionName(fixture.regionB))
                + row("Sin región", "sinregion", "")
                + "Lucía de B," + emailOf(fixture.outsider) + ",," + regionName(fixture.regionA) + "\r\n"
                + "Formadora," + people.findByUsername(fixture.learning.trainer).orElseThrow().getEmail() + ",,"
                + regionName(fixture.regionA) + "\r\n";
        ImportTable table = asCoordinatorA(() -> imports.read(csv.getBytes(StandardCharsets.UTF_8)));
        ImportMapping mapping = ImportMapping.guess(table.headers());

        ImportPreview preview = asCoordinatorA(() -> imports.preview(table, mapping));

        assertThat(preview.rows()).extracting(ImportRowPreview::outcome).containsExactly(ImportOutcome.CREATE,
                ImportOutcome.ERROR, ImportOutcome.ERROR, ImportOutcome.ERROR, ImportOutcome.ERROR);
        List<ImportProblem> refused = preview.rows().stream().skip(1).map(r -> r.problems().getFirst()).toList();
        assertThat(refused).extracting(ImportProblem::kind).containsOnly(ImportProblemKind.OUTSIDE_YOUR_REGIONS);
        assertThat(refused).extracting(ImportProblem::line).containsExactly(3, 4, 5, 6);
        assertThat(refused.getFirst().header()).isEqualTo("Región");
        String key = ImportProblemKind.OUTSIDE_YOUR_REGIONS.messageKey();
        assertThat(messages.getMessage(key, null, Languages.SPANISH)).startsWith("fuera de tus regiones");
        assertThat(messages.getMessage(key, null, Locale.ENGLISH)).startsWith("outside your regions");

        ParticipantImportRun.Outcome outcome = asCoordinatorA(() -> importRun.confirm(table, mapping, runA));

        assertThat(outcome.result().created()).isEqualTo(1);
        assertThat(outcome.result().skipped()).isEqualTo(4);
        assertThat(outcome.result().links()).singleElement()
                .satisfies(link -> assertThat(link.username()).isEqualTo("ana" + tag));
        assertThat(outcome.enrolment()).isEqualTo(new GroupEnrolment(1, 0));
        assertThat(people.findByEmail(email("beto"))).isEmpty();
        assertThat(people.findById(fixture.outsider.value()).orElseThrow().getRegion().getId())
                .isEqualTo(fixture.regionB);
    }

    @Test
    void a_coordinator_chooses_only_among_runs_they_follow_and_enrolling_into_another_regions_run_stores_nothing() {
        assertThat(asCoordinatorA(() -> importRun.runsToEnrolInto())).extracting(RunSummary::id)
                .contains(runA).doesNotContain(runB);
        assertThat(As.admin(() -> importRun.runsToEnrolInto())).extracting(RunSummary::id).contains(runA, runB);

        ImportTable table = asCoordinatorA(() -> imports.read((header()
                + row("Carla", "carla", regionName(fixture.regionA))).getBytes(StandardCharsets.UTF_8)));
        ImportMapping mapping = ImportMapping.guess(table.headers());

        assertThatThrownBy(() -> asCoordinatorA(() -> importRun.confirm(table, mapping, runB)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.findByEmail(email("carla"))).as("the import is undone with the refused enrolment")
                .isEmpty();
    }

    @Test
    void a_list_to_enrol_with_someone_outside_the_coordinators_regions_is_refused_with_the_run_message_and_enrols_nobody() {
        assertThatThrownBy(() -> asCoordinatorA(() -> runs.enrolAll(runA, List.of(fixture.idle, fixture.outsider))))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("error.programme.person-outside-your-regions"));
        assertThat(members(runA)).as("all or nothing").isZero();
        assertThat(messages.getMessage("error.programme.person-outside-your-regions", null, Languages.SPANISH))
                .isEqualTo("Solo puedes inscribir a personas de tus regiones.");
        assertThat(messages.getMessage("error.programme.person-outside-your-regions", null, Locale.ENGLISH))
                .isEqualTo("You can only enrol people of your regions.");

        assertThat(asCoordinatorA(() -> runs.enrolAll(runA, List.of(fixture.idle))))
                .isEqualTo(new GroupEnrolment(1, 0));
    }

    @Test
    void an_import_whose_enrolment_is_refused_with_a_message_writes_nobody() {
        RunId small = As.user(fixture.learning.trainer, Courses.TRAINER, () -> runs.create(fixture.learning.course,
                new RunDraft("Pequeña " + tag, Set.of(fixture.regionA), LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(60), Set.of(), 1, false, null, null, RunMode.ONLINE)));
        ImportTable table = asCoordinatorA(() -> imports.read((header()
                + row("Fer", "fer", regionName(fixture.regionA)) + row("Gala", "gala", regionName(fixture.regionA)))
                .getBytes(StandardCharsets.UTF_8)));
        ImportMapping mapping = ImportMapping.guess(table.headers());

        assertThatThrownBy(() -> asCoordinatorA(() -> importRun.confirm(table, mapping, small)))
                .isInstanceOf(UserFacingException.class);
        assertThat(people.findByEmail(email("fer"))).as("all or nothing").isEmpty();
        assertThat(people.findByEmail(email("gala"))).isEmpty();
        assertThat(members(small)).isZero();
    }

    @Test
    void the_run_option_enrols_everyone_on_a_valid_row_once_even_when_the_file_is_imported_twice() {
        String csv = header() + row("Dora", "dora", regionName(fixture.regionA))
                + row("Elsa", "elsa", regionName(fixture.regionB)) + "Mal,correo-malo,,\r\n"
                + "Lucía de A," + emailOf(fixture.idle) + ",," + regionName(fixture.regionA) + "\r\n";
        ImportTable table = As.admin(() -> imports.read(csv.getBytes(StandardCharsets.UTF_8)));
        ImportMapping mapping = ImportMapping.guess(table.headers());

        ParticipantImportRun.Outcome first = As.admin(() -> importRun.confirm(table, mapping, runA));
        ParticipantImportRun.Outcome again = As.admin(() -> importRun.confirm(table, mapping, runA));

        assertThat(first.result().created()).isEqualTo(2);
        assertThat(first.result().skipped()).isEqualTo(1);
        assertThat(first.enrolment()).isEqualTo(new GroupEnrolment(3, 0));
        assertThat(again.result().created()).isZero();
        assertThat(again.enrolment()).isEqualTo(new GroupEnrolment(0, 3));
        assertThat(members(runA)).isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                select count(*) from enrolment e join person p on p.id = e.person_id
                where e.course_id = ? and p.email in (?, ?)""", Long.class, fixture.learning.course.value(),
                email("dora"), email("elsa"))).isEqualTo(2);
    }

    private RunId run(String suffix, long region) {
        return As.user(fixture.learning.trainer, Courses.TRAINER, () -> runs.create(fixture.learning.course,
                new RunDraft("Importación " + suffix + " " + tag, Set.of(region), LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(60), Set.of(), null, false, null, null, RunMode.ONLINE)));
    }

    private long members(RunId run) {
        return jdbc.queryForObject("select count(*) from programme_run_member where run_id = ?", Long.class,
                run.value());
    }

    private <T> T asCoordinatorA(java.util.function.Supplier<T> call) {
        return As.user(fixture.coordinatorA, Coordinators.COORDINATOR, call);
    }

    private static String header() {
        return "Nombre,Correo,Usuario,Región\r\n";
    }

    private String row(String name, String who, String region) {
        return name + " " + tag + "," + email(who) + "," + who + tag + "," + region + "\r\n";
    }

    private String email(String who) {
        return who + "." + tag + "@ejemplo.mx";
    }

    private String emailOf(org.paralelo.people.PersonId person) {
        return people.findById(person.value()).orElseThrow().getEmail();
    }

    private String regionName(long id) {
        return As.anonymous(() -> regions.list()).stream().filter(r -> r.id() == id).map(RegionView::name)
                .findFirst().orElseThrow();
    }
}
