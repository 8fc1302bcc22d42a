package org.paralelo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.ProgressService;
import org.paralelo.notifications.MailDrain;
import org.paralelo.notifications.MailKind;
import org.paralelo.notifications.MailPreferenceService;
import org.paralelo.people.AccountService;
import org.paralelo.people.NewAccount;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileData;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.people.Role;
import org.paralelo.programme.RunDraft;
import org.paralelo.programme.RunMode;
import org.paralelo.programme.RunService;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.MailServer;
import org.paralelo.support.MailTest;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weekly coordinator summary through the real outbox to an SMTP server in the test (GreenMail): each coordinator
 * gets their regions only, in their language, once a week however often (and on however many nodes) the job runs,
 * and the mail's one-click unsubscribe stops the next weeks.
 */
@MailTest
@Tag("persistence")
class WeeklySummaryMailTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolments;
    @Autowired ProgressService progress;
    @Autowired RunService runs;
    @Autowired WeeklyCoordinatorSummary summary;
    @Autowired MailPreferenceService preferences;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    ReportingFixture fixture;
    String englishCoordinator;

    @BeforeEach
    void twoRegionsARunStartingSoonAndACoordinatorWhoReadsEnglish() {
        fixture = new ReportingFixture(accounts, regions, authoring, publishing, enrolments, progress);
        As.user(fixture.learning.trainer, Courses.TRAINER, () -> runs.create(fixture.learning.course,
                new RunDraft("Taller de gestión " + fixture.regionA, Set.of(fixture.regionA),
                        LocalDate.now().plusDays(5), LocalDate.now().plusDays(60), Set.of(), null, false, null, null,
                        RunMode.ONLINE)));
        englishCoordinator = People.uniqueUsername("coordinates");
        ProfileData base = People.profile(englishCoordinator);
        PersonId id = As.admin(() -> accounts.create(new NewAccount(englishCoordinator, People.PASSWORD,
                Set.of(Role.COORDINATOR), new ProfileData(base.fullName(), base.email(), "en", null, null, null, null,
                        Set.of()))));
        As.admin(() -> accounts.setRoles(id, Set.of(Role.COORDINATOR), RegionScope.of(Set.of(fixture.regionB)),
                accounts.find(id).orElseThrow().version()));
        MailDrain.sendAllDue(context);
    }

    @Test
    void each_coordinator_gets_one_summary_of_their_regions_a_week_in_their_language_and_can_unsubscribe()
            throws Exception {
        clock.advance(Duration.ofDays(1));
        try {
            Thread otherNode = Thread.ofPlatform().start(summary::prepareDue);
            summary.prepareDue();
            otherNode.join();
            summary.prepareDue();
            MailDrain.sendAllDue(context);

            MimeMessage spanish = onlyMailTo(fixture.coordinatorA);
            assertThat(spanish.getSubject()).startsWith("Resumen semanal de tus regiones");
            String text = MailServer.part(spanish, "text/plain");
            assertThat(text).contains(name(fixture.regionA) + ": Personas alcanzadas: 3",
                    "inscripciones nuevas 3, cursos terminados 1", "Taller de gestión " + fixture.regionA,
                    "/informes").doesNotContain(name(fixture.regionB));
            MimeMessage english = onlyMailTo(englishCoordinator);
            assertThat(english.getSubject()).startsWith("Weekly summary of your regions");
            assertThat(MailServer.part(english, "text/plain")).contains(name(fixture.regionB)
                    + ": People reached: 1", "new enrolments 1", "Open the dashboard")
                    .doesNotContain(name(fixture.regionA));
            assertThat(jdbc.queryForObject("select count(*) from report_weekly_summary where person_id = ?",
                    Long.class, personId(fixture.coordinatorA))).isEqualTo(1);

            Matcher unsubscribe = Pattern.compile("/correo/baja/(\\S+)").matcher(text);
            assertThat(unsubscribe.find()).isTrue();
            assertThat(As.anonymous(() -> preferences.unsubscribe(unsubscribe.group(1))))
                    .contains(MailKind.PROGRESS_SUMMARY);
            clock.advance(Duration.ofDays(7));
            summary.prepareDue();
            MailDrain.sendAllDue(context);
            assertThat(MailServer.receivedBy(email(fixture.coordinatorA))).as("nothing after unsubscribing")
                    .hasSize(1);
            assertThat(MailServer.receivedBy(email(englishCoordinator))).as("the next week's summary").hasSize(2);
        } finally {
            clock.reset();
        }
    }

    private MimeMessage onlyMailTo(String username) {
        List<MimeMessage> mails = MailServer.receivedBy(email(username));
        assertThat(mails).as("summaries received by " + username).hasSize(1);
        return mails.getFirst();
    }

    private long personId(String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }

    private static String email(String username) {
        return username + "@ejemplo.mx";
    }

    private String name(long region) {
        return As.anonymous(() -> regions.list()).stream().filter(r -> r.id() == region).map(RegionView::name)
                .findFirst().orElseThrow();
    }
}
