package org.paralelo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.assessment.QuizResultsService;
import org.paralelo.community.NetworkFiguresService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.LearnerReportService;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.ImportMapping;
import org.paralelo.people.ImportOutcome;
import org.paralelo.people.ImportTable;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.ParticipantImportService;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.programme.DeliveryFiguresService;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * What of region A each role reads: its dashboard, a municipality's people, a person's facts, the course's
 * learner table, quiz results. Coordinators of A (and of every region) and admins read A's reports; a coordinator
 * of B, trainers of other courses, learners and anonymous visitors read nothing of A. The bulk import: admins and
 * A's coordinators import a row of A; B's coordinator gets it back as an error row, others are refused. Refused means an exception or,
 * for look-ups that leave unknown people out, an empty answer.
 */
@ParaleloSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingAuthorisationMatrixTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolments;
    @Autowired ProgressService progress;
    @Autowired DashboardService dashboards;
    @Autowired PersonDirectory directory;
    @Autowired LearnerReportService learnerReports;
    @Autowired QuizResultsService quizResults;
    @Autowired FunderReportService funder;
    @Autowired TargetService targets;
    @Autowired DeliveryFiguresService deliveries;
    @Autowired NetworkFiguresService network;
    @Autowired AdminAttentionService attention;
    @Autowired ParticipantImportService imports;

    ReportingFixture fixture;
    String everyRegion;

    /**
     * Once for the class: no row changes the fixture (the imports add new learners of their own to region A and the
     * one allowed change of a target happens once), and each fixture is a published course, two regions and six
     * accounts.
     */
    @BeforeAll
    void aProgrammeOfTwoRegions() {
        fixture = new ReportingFixture(accounts, regions, authoring, publishing, enrolments, progress);
        everyRegion = Coordinators.coordinator(accounts, RegionScope.EVERY_REGION);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "dashboard of region A, COORDINATOR_A, allowed", "dashboard of region A, COORDINATOR_B, refused",
            "dashboard of region A, COORDINATOR_ALL, allowed", "dashboard of region A, ADMIN, allowed",
            "dashboard of region A, TRAINER, refused", "dashboard of region A, LEARNER, refused",
            "dashboard of region A, ANONYMOUS, refused",
            "people of a municipality of A, COORDINATOR_A, allowed",
            "people of a municipality of A, COORDINATOR_B, refused",
            "people of a municipality of A, LEARNER, refused",
            "facts of a person of A, COORDINATOR_A, allowed", "facts of a person of A, COORDINATOR_B, refused",
            "facts of a person of A, COORDINATOR_ALL, allowed", "facts of a person of A, ANONYMOUS, refused",
            "learners of A to enrol, COORDINATOR_A, allowed", "learners of A to enrol, COORDINATOR_B, refused",
            "course learner table, COORDINATOR_A, refused", "course learner table, COORDINATOR_B, refused",
            "course learner table, TRAINER, allowed",
            "quiz results of a person of A, COORDINATOR_A, refused",
            "quiz results of a person of A, COORDINATOR_B, refused",
            "quiz results of a person of A, TRAINER, allowed",
            "funder report rows of region A, COORDINATOR_A, allowed",
            "funder report rows of region A, COORDINATOR_B, refused",
            "funder report rows of region A, COORDINATOR_ALL, allowed",
            "funder report rows of region A, ADMIN, allowed", "funder report rows of region A, TRAINER, refused",
            "funder report rows of region A, LEARNER, refused", "funder report rows of region A, ANONYMOUS, refused",
            "setting a target of region A, COORDINATOR_A, refused", "setting a target of region A, ADMIN, allowed",
            "delivery figures, TRAINER, refused", "delivery figures, LEARNER, refused",
            "network activity, TRAINER, refused", "network activity, ANONYMOUS, refused",
            "admin home attention, ADMIN, allowed", "admin home attention, COORDINATOR_ALL, refused",
            "admin home attention, TRAINER, refused", "admin home attention, LEARNER, refused",
            "admin home attention, ANONYMOUS, refused",
            "newest accounts, ADMIN, allowed", "newest accounts, COORDINATOR_ALL, refused",
            "newest accounts, TRAINER, refused", "accounts created this week, TRAINER, refused",
            "accounts created this week, ADMIN, allowed",
            "import preview of a row of A, COORDINATOR_A, allowed",
            "import preview of a row of A, COORDINATOR_B, refused",
            "import preview of a row of A, COORDINATOR_ALL, allowed",
            "import preview of a row of A, ADMIN, allowed", "import preview of a row of A, TRAINER, refused",
            "import preview of a row of A, LEARNER, refused", "import preview of a row of A, ANONYMOUS, refused",
            "import of a row of A, COORDINATOR_A, allowed", "import of a row of A, COORDINATOR_B, refused",
            "import of a row of A, ADMIN, allowed", "import of a row of A, TRAINER, refused",
            "import of a row of A, LEARNER, refused",
    })
    void matrix(String action, String role, String expected) {
        Supplier<Object> call = switch (action) {
            case "dashboard of region A" -> () -> dashboards.dashboard(year(), Place.region(fixture.regionA),
                    Locale.ROOT).places();
            case "people of a municipality of A" -> () -> dashboards.dashboard(year(), Place.region(fixture.regionA)
                    .state(MexicanState.OAX).municipality("Teotitlán del Valle"), Locale.ROOT).places();
            case "facts of a person of A" -> () -> directory.facts(Set.of(fixture.finisher));
            case "learners of A to enrol" -> () -> directory.learnersMatching(
                    new PeopleFilter(fixture.regionA, null, null, null));
            case "course learner table" -> () -> learnerReports.learners(fixture.learning.course,
                    PeopleFilter.EVERYONE);
            case "quiz results of a person of A" -> () -> quizResults.outcomesOf(fixture.learning.course,
                    fixture.finisher);
            case "funder report rows of region A" -> () -> funder.report(year(), Locale.ROOT).tables().get(2).rows()
                    .stream().filter(row -> regionAName().equals(row.getFirst())).toList();
            case "setting a target of region A" -> () -> {
                targets.set(Audience.DIRECTORS, fixture.regionA, 10, -1);
                return "set";
            };
            case "delivery figures" -> () -> deliveries.delivery(Instant.EPOCH, Instant.now());
            case "network activity" -> () -> network.activity(Instant.EPOCH, Instant.now(), RegionScope.EVERY_REGION);
            case "admin home attention" -> () -> attention.attention();
            case "newest accounts" -> () -> accounts.newestAccounts();
            case "accounts created this week" -> () -> accounts.countCreatedSince(Instant.now().minusSeconds(604_800));
            case "import preview of a row of A" -> () -> {
                ImportTable table = imports.read(rowOfA());
                return imports.preview(table, ImportMapping.guess(table.headers())).rows().stream()
                        .filter(row -> row.outcome() != ImportOutcome.ERROR).toList();
            };
            case "import of a row of A" -> () -> {
                ImportTable table = imports.read(rowOfA());
                return imports.confirm(table, ImportMapping.guess(table.headers())).imported();
            };
            default -> throw new IllegalArgumentException(action);
        };
        if (expected.equals("allowed")) {
            assertThat(as(role, call)).isNotNull().satisfies(answer -> {
                if (answer instanceof Collection<?> rows && !action.startsWith("quiz")) {
                    assertThat(rows).isNotEmpty();
                }
            });
        } else {
            refused(() -> as(role, call));
        }
    }

    /** A participant file of one new learner of region A. */
    private byte[] rowOfA() {
        String who = People.uniqueUsername("fila");
        return ("Nombre,Correo,Región\r\n" + "Fila " + who + "," + who + "@ejemplo.mx," + regionAName() + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private String regionAName() {
        return regions.list().stream().filter(r -> r.id() == fixture.regionA).findFirst().orElseThrow().name();
    }

    private static ReportPeriod year() {
        return new ReportPeriod(LocalDate.now().minusYears(1), LocalDate.now().plusDays(1));
    }

    private Object as(String role, Supplier<Object> call) {
        return switch (role) {
            case "COORDINATOR_A" -> As.user(fixture.coordinatorA, Coordinators.COORDINATOR, call);
            case "COORDINATOR_B" -> As.user(fixture.coordinatorB, Coordinators.COORDINATOR, call);
            case "COORDINATOR_ALL" -> As.user(everyRegion, Coordinators.COORDINATOR, call);
            case "ADMIN" -> As.admin(call);
            case "TRAINER" -> As.user(fixture.learning.trainer, new String[] {"TRAINER"}, call);
            case "LEARNER" -> As.user("aprendiz", new String[] {"LEARNER"}, call);
            case "ANONYMOUS" -> As.anonymous(call);
            default -> throw new IllegalArgumentException(role);
        };
    }

    private static void refused(Supplier<Object> call) {
        Object answer;
        try {
            answer = call.get();
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException expected) {
            return;
        }
        assertThat(answer).as("a refusal or nothing").isInstanceOfSatisfying(Collection.class,
                rows -> assertThat(rows).isEmpty());
    }
}
