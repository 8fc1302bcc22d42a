package org.paralelo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import java.util.List;
import java.util.Locale;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.PersonId;
import org.paralelo.people.Position;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

@ParaleloSpringTest
@Tag("persistence")
class LearningServiceTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired CatalogueService catalogue;
    @Autowired CourseAccess courseAccess;
    @Autowired EnrolmentService enrolment;
    @Autowired ProgressService progress;
    @Autowired CertificateService certificates;
    @Autowired LearnerReportService report;
    @Autowired RegionService regions;
    @Autowired TestClock clock;

    LearningFixture fixture;
    String learner;

    @BeforeEach
    void aPublishedCourseAndALearner() {
        fixture = new LearningFixture(accounts, authoring, publishing);
        learner = LearningFixture.learner(accounts);
    }

    @Test
    void a_learner_reads_lessons_only_after_enrolling_themselves() {
        assertThat(As.user(learner, LEARNER, () -> courseAccess.canRead(fixture.course))).isFalse();
        assertThat(As.user(learner, LEARNER, () -> courseAccess.readableCourses())).contains(fixture.course);
        assertThat(As.user(learner, LEARNER, () -> enrolment.myStatus(fixture.course)))
                .isEqualTo(EnrolmentStatus.CAN_ENROL);

        As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course));

        assertThat(As.user(learner, LEARNER, () -> courseAccess.canRead(fixture.course))).isTrue();
        assertThat(As.user(learner, LEARNER, () -> catalogue.lesson(fixture.course, fixture.lesson1))).isPresent();
        assertThat(As.user(learner, LEARNER, () -> enrolment.myStatus(fixture.course)))
                .isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void enrolling_twice_is_refused_with_a_clear_message_and_changes_nothing() {
        As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course));
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.learning.already-enrolled");
        PersonId id = LearningFixture.learnerId(accounts, learner);
        assertThatThrownBy(() -> As.user(fixture.trainer, Courses.TRAINER, () -> enrolment.enrol(fixture.course, id)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.learning.person-already-enrolled");
        assertThat(As.user(fixture.trainer, Courses.TRAINER, () -> report.learners(fixture.course,
                PeopleFilter.EVERYONE))).hasSize(1);
    }

    @Test
    void the_enrolment_window_is_enforced_with_the_server_clock() {
        Instant now = clock.instant();
        As.user(fixture.trainer, Courses.TRAINER, () -> enrolment.saveRules(fixture.course, new EnrolmentRules(true,
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(4)), CompletionMode.BY_BUTTON, 0)));
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.learning.window-not-open");

        clock.advance(Duration.ofDays(5));
        try {
            assertThatThrownBy(() -> As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course)))
                    .isInstanceOf(UserFacingException.class).hasMessage("error.learning.window-closed");
            assertThat(As.user(learner, LEARNER, () -> courseAccess.canRead(fixture.course))).isFalse();
        } finally {
            clock.advance(Duration.ofDays(-5));
        }
        clock.advance(Duration.ofDays(3));
        try {
            As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course));
            assertThat(As.user(learner, LEARNER, () -> courseAccess.canRead(fixture.course))).isTrue();
        } finally {
            clock.advance(Duration.ofDays(-3));
        }
    }

    @Test
    void a_window_that_closes_before_it_opens_is_refused() {
        Instant now = clock.instant();
        assertThatThrownBy(() -> As.user(fixture.trainer, Courses.TRAINER, () -> enrolment.saveRules(fixture.course,
                new EnrolmentRules(true, now, now.minusSeconds(60), CompletionMode.BY_BUTTON, 0))))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.learning.window-order");
    }

    @Test
    void self_enrolment_switched_off_and_unpublished_courses_refuse_learners() {
        As.user(fixture.trainer, Courses.TRAINER, () -> enrolment.saveRules(fixture.course,
                new EnrolmentRules(false, null, null, CompletionMode.ON_REACHING_END, 0)));
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.learning.self-enrolment-off");
        assertThat(As.user(learner, LEARNER, () -> courseAccess.readableCourses())).doesNotContain(fixture.course);

        As.user(fixture.trainer, Courses.TRAINER, () -> publishing.unpublish(fixture.course));
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.learning.course-not-open");
        PersonId id = LearningFixture.learnerId(accounts, learner);
        assertThatThrownBy(() -> As.user(fixture.trainer, Courses.TRAINER, () -> enrolment.enrol(fixture.course, id)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.learning.course-not-open");
        assertThatThrownBy(() -> As.user(fixture.trainer, Courses.TRAINER,
                () -> enrolment.previewMatching(fixture.course, PeopleFilter.EVERYONE)))
                .as("the count before a group enrolment is refused too, before anyone is asked to confirm")
                .isInstanceOf(UserFacingException.class).hasMessage("error.learning.course-not-open");
    }

    @Test
    void trainers_enrol_one_person_or_a_group_by_filter_and_skip_those_already_in() {
        String second = LearningFixture.learner(accounts);
        PersonId first = LearningFixture.learnerId(accounts, learner);
        As.user(fixture.trainer, Courses.TRAINER, () -> enrolment.enrol(fixture.course, first));

        // The test accounts live in Oaxaca, in Teotitlán del Valle (see support.People).
        GroupEnrolment group = As.user(fixture.trainer, Courses.TRAINER, () -> enrolment.enrolMatching(fixture.course,
                new PeopleFilter(null, org.paralelo.people.MexicanState.OAX, " teotitlán del valle ", null)));

        assertThat(group.alreadyEnrolled()).isGreaterThanOrEqualTo(1);
        assertThat(As.user(second, LEARNER, () -> courseAccess.canRead(fixture.course))).isTrue();
        assertThatThrownBy(() -> As.user(fixture.trainer, Courses.TRAINER,
                () -> enrolment.enrol(fixture.course, new PersonId(987_654_321L))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void progress_counts_required_lessons_and_resume_is_kept_on_the_server() {
        As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course));
        As.user(learner, LEARNER, () -> progress.openLesson(fixture.course, fixture.lesson1));
        As.user(learner, LEARNER, () -> progress.completeLesson(fixture.course, fixture.lesson1));
        As.user(learner, LEARNER, () -> progress.completeLesson(fixture.course, fixture.optional));
        CourseProgress mine = As.user(learner, LEARNER, () -> progress.openLesson(fixture.course, fixture.lesson2))
                .orElseThrow().progress();

        assertThat(mine.requiredTotal()).isEqualTo(2);
        assertThat(mine.requiredDone()).isEqualTo(1);
        assertThat(mine.percent()).isEqualTo(50);
        // "Another device": a fresh read of the same person's progress resumes at the lesson left open.
        CourseProgress later = As.user(learner, LEARNER, () -> progress.myProgress(fixture.course)).orElseThrow();
        assertThat(later.nextItemKey()).isEqualTo(fixture.lesson2);
        assertThat(later.outline()).filteredOn(i -> i.key().equals(fixture.lesson2))
                .extracting(OutlineItem::status).containsExactly(ItemStatus.IN_PROGRESS);
    }

    @Test
    void completing_every_required_lesson_completes_the_course_and_issues_a_verifiable_certificate() {
        As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course));
        As.user(learner, LEARNER, () -> progress.completeLesson(fixture.course, fixture.lesson1));
        assertThat(As.user(learner, LEARNER, () -> certificates.myCertificate(fixture.course))).isEmpty();
        CourseProgress done = As.user(learner, LEARNER, () -> progress.completeLesson(fixture.course, fixture.lesson2));

        assertThat(done.completedAt()).isNotNull();
        assertThat(done.percent()).isEqualTo(100);
        CertificateView certificate = As.user(learner, LEARNER, () -> certificates.myCertificate(fixture.course))
                .orElseThrow();
        assertThat(certificate.code()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        assertThat(certificate.personName()).isEqualTo("María " + learner);
        byte[] pdf = As.user(learner, LEARNER, () -> certificates.pdf(certificate.code()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        Verification check = As.anonymous(() -> certificates.verify(certificate.code().toLowerCase())).orElseThrow();
        assertThat(check.valid()).isTrue();
        assertThat(check.courseTitle()).isEqualTo("Aprender");

        As.admin(() -> certificates.revoke(certificate.code()));
        assertThat(As.anonymous(() -> certificates.verify(certificate.code())).orElseThrow().valid()).isFalse();
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> certificates.pdf(certificate.code())))
                .isInstanceOf(UserFacingException.class).hasMessage("error.learning.certificate-revoked");
        assertThat(As.anonymous(() -> certificates.verify("no-such-code"))).isEmpty();
        assertThat(As.anonymous(() -> certificates.verify("' or 1=1 --"))).isEmpty();
    }

    @Test
    void a_completed_course_stays_on_the_learner_home_as_completed_after_it_is_unpublished() {
        LearningFixture unfinished = new LearningFixture(accounts, authoring, publishing);
        As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course));
        As.user(learner, LEARNER, () -> enrolment.enrolMe(unfinished.course));
        As.user(learner, LEARNER, () -> progress.completeLesson(fixture.course, fixture.lesson1));
        As.user(learner, LEARNER, () -> progress.completeLesson(fixture.course, fixture.lesson2));
        As.user(fixture.trainer, Courses.TRAINER, () -> publishing.unpublish(fixture.course));
        As.user(unfinished.trainer, Courses.TRAINER, () -> publishing.unpublish(unfinished.course));

        List<MyCourse> mine = As.user(learner, LEARNER, () -> progress.myCourses());

        assertThat(mine).as("the unfinished course left with its publication").singleElement().satisfies(course -> {
            assertThat(course.course()).isEqualTo(fixture.course);
            assertThat(course.completed()).isTrue();
            assertThat(course.published()).isFalse();
            assertThat(course.title()).isEqualTo("Aprender");
            assertThat(course.certificate()).isNotNull();
            assertThat(course.certificate().revoked()).isFalse();
        });
        assertThat(As.user(learner, LEARNER, () -> certificates.mine())).extracting(CertificateView::course)
                .containsExactly(fixture.course);
    }

    @Test
    void completing_a_lesson_of_a_course_one_is_not_enrolled_in_is_refused() {
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> progress.completeLesson(fixture.course,
                fixture.lesson1))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course));
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> progress.completeLesson(fixture.course,
                "no-existe"))).isInstanceOf(UserFacingException.class).hasMessage("error.learning.lesson-unknown");
    }

    @Test
    void the_csv_export_has_a_bom_and_defuses_formulas() {
        String hostile = NamedLearners.createNamed(accounts, "=HYPERLINK(\"http://x\")");
        As.user(fixture.trainer, Courses.TRAINER, () -> enrolment.enrol(fixture.course,
                LearningFixture.learnerId(accounts, hostile)));

        byte[] csv = As.user(fixture.trainer, Courses.TRAINER, () -> report.csv(fixture.course, PeopleFilter.EVERYONE,
                java.util.Locale.of("es", "MX")));
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFNombre,");
        assertThat(text).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").contains("Región");
        assertThat(LearnerReportService.safe("+1")).isEqualTo("'+1");
        assertThat(LearnerReportService.safe("-1")).isEqualTo("'-1");
        assertThat(LearnerReportService.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(LearnerReportService.safe("María")).isEqualTo("María");
    }

    @Test
    void each_filter_of_the_learners_table_narrows_the_rows_and_the_csv() {
        RegionView north = newRegion();
        RegionView south = newRegion();
        String town = "Villa " + People.uniqueUsername("alta");
        String ana = enrolled("Ana", "OAX", town, north, "ARTISAN");
        String beto = enrolled("Beto", "JAL", "Guadalajara", south, "CULTURAL_PROMOTER");
        String carla = enrolled("Carla", "JAL", town, north, "ARTISAN");

        assertThat(rows(PeopleFilter.EVERYONE)).containsExactly(ana, beto, carla);
        assertThat(rows(new PeopleFilter(north.id(), null, null, null))).containsExactly(ana, carla);
        assertThat(rows(new PeopleFilter(null, MexicanState.JAL, null, null))).containsExactly(beto, carla);
        assertThat(rows(new PeopleFilter(null, null, "  " + town.toUpperCase(Locale.ROOT) + " ", null)))
                .as("municipality, whatever its case and spaces").containsExactly(ana, carla);
        assertThat(rows(new PeopleFilter(north.id(), MexicanState.JAL, town, null))).containsExactly(carla);
        assertThat(rows(new PeopleFilter(south.id(), MexicanState.OAX, null, null))).isEmpty();

        assertThat(csvNames(PeopleFilter.EVERYONE)).containsExactly(name(ana), name(beto), name(carla));
        assertThat(csvNames(new PeopleFilter(north.id(), null, null, null))).containsExactly(name(ana), name(carla));
        assertThat(csvNames(new PeopleFilter(null, MexicanState.JAL, null, null)))
                .containsExactly(name(beto), name(carla));
        assertThat(csvNames(new PeopleFilter(null, null, town, null))).containsExactly(name(ana), name(carla));
        assertThat(csvNames(new PeopleFilter(south.id(), MexicanState.OAX, null, null))).isEmpty();
    }

    @Test
    void trainers_enrol_a_group_by_region_or_by_position_and_only_the_matching_learners_join() {
        RegionView region = newRegion();
        String artisanInRegion = learnerAt("Ana", region, "ARTISAN");
        String teacherInRegion = learnerAt("Beto", region, "WORKSHOP_TEACHER");
        String artisanElsewhere = learnerAt("Carla", newRegion(), "ARTISAN");

        GroupEnrolment byRegion = As.user(fixture.trainer, Courses.TRAINER, () -> enrolment.enrolMatching(
                fixture.course, new PeopleFilter(region.id(), null, null, null)));
        assertThat(byRegion.added()).as("a new region holds exactly two learners").isEqualTo(2);
        assertThat(byRegion.alreadyEnrolled()).isZero();
        assertThat(readers(fixture.course, artisanInRegion, teacherInRegion, artisanElsewhere))
                .containsExactly(true, true, false);

        LearningFixture second = new LearningFixture(accounts, authoring, publishing);
        GroupEnrolment byPosition = As.user(second.trainer, Courses.TRAINER, () -> enrolment.enrolMatching(
                second.course, new PeopleFilter(null, null, null, Position.ARTISAN)));
        assertThat(byPosition.added()).isGreaterThanOrEqualTo(2);
        assertThat(readers(second.course, artisanInRegion, teacherInRegion, artisanElsewhere))
                .containsExactly(true, false, true);

        LearningFixture third = new LearningFixture(accounts, authoring, publishing);
        GroupEnrolment both = As.user(third.trainer, Courses.TRAINER, () -> enrolment.enrolMatching(
                third.course, new PeopleFilter(region.id(), null, null, Position.ARTISAN)));
        assertThat(both.added()).isEqualTo(1);
        assertThat(readers(third.course, artisanInRegion, teacherInRegion, artisanElsewhere))
                .containsExactly(true, false, false);
    }

    private RegionView newRegion() {
        return As.admin(() -> regions.create(People.uniqueUsername("Región")));
    }

    private String learnerAt(String firstName, RegionView region, String position) {
        return NamedLearners.createAt(accounts, firstName + " " + People.uniqueUsername("de"), "OAX",
                "Teotitlán del Valle", region.id(), position);
    }

    private String enrolled(String firstName, String state, String municipality, RegionView region,
                            String position) {
        String username = NamedLearners.createAt(accounts, firstName + " " + fixture.trainer, state, municipality,
                region.id(), position);
        As.user(fixture.trainer, Courses.TRAINER, () -> enrolment.enrol(fixture.course,
                LearningFixture.learnerId(accounts, username)));
        return username;
    }

    private List<String> rows(PeopleFilter filter) {
        return As.user(fixture.trainer, Courses.TRAINER, () -> report.learners(fixture.course, filter)).stream()
                .map(r -> r.person().username()).toList();
    }

    private String name(String username) {
        return As.admin(() -> accounts.find(LearningFixture.learnerId(accounts, username))).orElseThrow().fullName();
    }

    /** The first cell of every data line of the CSV export. */
    private List<String> csvNames(PeopleFilter filter) {
        String text = new String(As.user(fixture.trainer, Courses.TRAINER, () -> report.csv(fixture.course, filter,
                Locale.of("es", "MX"))), StandardCharsets.UTF_8);
        return text.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    private List<Boolean> readers(org.paralelo.courses.CourseId course, String... learners) {
        return java.util.Arrays.stream(learners)
                .map(l -> As.user(l, LEARNER, () -> courseAccess.canRead(course))).toList();
    }
}
