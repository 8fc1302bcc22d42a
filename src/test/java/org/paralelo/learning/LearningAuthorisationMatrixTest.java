package org.paralelo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonFacts;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Learning objects (enrolment settings, enrolments, progress, the learners table and CSV, certificates) ×
 * actions × roles (anonymous, the learner, another learner, the course's trainer, another trainer, admin), at the
 * service layer with a real course where the learner has completed and holds a certificate.
 */
@ParaleloSpringTest
class LearningAuthorisationMatrixTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired CourseAccess courseAccess;
    @Autowired EnrolmentService enrolment;
    @Autowired ProgressService progress;
    @Autowired CertificateService certificates;
    @Autowired LearnerReportService report;
    @Autowired PersonDirectory directory;

    LearningFixture fixture;
    String learner;
    PersonId learnerId;
    String otherLearner;
    PersonId otherLearnerId;
    String otherTrainer;
    String code;

    @BeforeEach
    void aLearnerWithACertificate() {
        fixture = new LearningFixture(accounts, authoring, publishing);
        learner = LearningFixture.learner(accounts);
        learnerId = LearningFixture.learnerId(accounts, learner);
        otherLearner = LearningFixture.learner(accounts);
        otherLearnerId = LearningFixture.learnerId(accounts, otherLearner);
        otherTrainer = People.uniqueUsername("otra");
        People.create(accounts, otherTrainer, Role.TRAINER);
        As.user(learner, LEARNER, () -> enrolment.enrolMe(fixture.course));
        As.user(learner, LEARNER, () -> progress.completeLesson(fixture.course, fixture.lesson1));
        As.user(learner, LEARNER, () -> progress.completeLesson(fixture.course, fixture.lesson2));
        code = As.user(learner, LEARNER, () -> certificates.myCertificate(fixture.course)).orElseThrow().code();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "edit enrolment settings, ANONYMOUS, refused", "edit enrolment settings, LEARNER, refused",
            "edit enrolment settings, OTHER_TRAINER, refused", "edit enrolment settings, TRAINER, allowed",
            "edit enrolment settings, ADMIN, allowed",
            "enrol someone else, LEARNER, refused", "enrol someone else, OTHER_LEARNER, refused",
            "enrol someone else, OTHER_TRAINER, refused", "enrol someone else, TRAINER, allowed",
            "enrol someone else, ADMIN, allowed",
            "enrol a group, LEARNER, refused", "enrol a group, OTHER_TRAINER, refused",
            "enrol a group, TRAINER, allowed", "enrol a group, ADMIN, allowed",
            "learners table, ANONYMOUS, refused", "learners table, LEARNER, refused",
            "learners table, OTHER_TRAINER, refused", "learners table, TRAINER, allowed",
            "learners table, ADMIN, allowed",
            "csv export, LEARNER, refused", "csv export, OTHER_TRAINER, refused", "csv export, TRAINER, allowed",
            "read lessons, ANONYMOUS, refused", "read lessons, OTHER_LEARNER, refused",
            "read lessons, LEARNER, allowed", "read lessons, OTHER_TRAINER, refused",
            "read lessons, TRAINER, allowed", "read lessons, ADMIN, allowed",
            "complete a lesson, OTHER_LEARNER, refused", "complete a lesson, ANONYMOUS, refused",
            "download certificate, LEARNER, allowed", "download certificate, OTHER_LEARNER, absent",
            "download certificate, TRAINER, absent", "download certificate, OTHER_TRAINER, absent",
            "download certificate, ADMIN, allowed", "download certificate, ANONYMOUS, refused",
            "list certificates, LEARNER, refused", "list certificates, TRAINER, refused",
            "list certificates, ADMIN, allowed",
            "revoke certificate, LEARNER, refused", "revoke certificate, OTHER_LEARNER, refused",
            "revoke certificate, TRAINER, refused", "revoke certificate, ANONYMOUS, refused",
            "verify certificate, ANONYMOUS, allowed", "verify certificate, OTHER_LEARNER, allowed",
            "facts of the enrolled learner, ANONYMOUS, refused", "facts of the enrolled learner, LEARNER, refused",
            "facts of the enrolled learner, OTHER_LEARNER, refused", "facts of the enrolled learner, TRAINER, allowed",
            "facts of the enrolled learner, OTHER_TRAINER, hidden", "facts of the enrolled learner, ADMIN, allowed",
            "facts of a learner in none of their courses, TRAINER, hidden",
            "facts of a learner in none of their courses, OTHER_TRAINER, hidden",
            "facts of a learner in none of their courses, ADMIN, allowed",
            "find learners to enrol, ANONYMOUS, refused", "find learners to enrol, LEARNER, refused",
            "find learners to enrol, OTHER_TRAINER, refused", "find learners to enrol, TRAINER, allowed",
            "find learners to enrol, ADMIN, allowed",
            "find learners in the directory, LEARNER, refused", "find learners in the directory, TRAINER, allowed",
            "find learners in the directory, ADMIN, allowed",
            "browse the directory with two letters, TRAINER, hidden",
            "browse the directory with two letters, OTHER_TRAINER, hidden",
            "browse the directory with two letters, ADMIN, allowed",
            "count a group before enrolling it, LEARNER, refused",
            "count a group before enrolling it, OTHER_TRAINER, refused",
            "count a group before enrolling it, TRAINER, allowed", "count a group before enrolling it, ADMIN, allowed",
    })
    void each_role_may_do_exactly_what_the_matrix_says(String action, String role, String outcome) {
        Supplier<Object> call = () -> {
            return switch (action) {
                case "edit enrolment settings" -> enrolment.saveRules(fixture.course,
                        new EnrolmentRules(true, null, null, CompletionMode.BY_BUTTON, enrolmentVersion()));
                case "enrol someone else" -> done(() -> enrolment.enrol(fixture.course,
                        LearningFixture.learnerId(accounts, LearningFixture.learner(accounts))));
                case "enrol a group" -> enrolment.enrolMatching(fixture.course,
                        new PeopleFilter(null, null, "municipio-que-no-existe", null));
                case "learners table" -> report.learners(fixture.course, PeopleFilter.EVERYONE);
                case "csv export" -> report.csv(fixture.course, PeopleFilter.EVERYONE, Locale.ENGLISH);
                case "read lessons" -> progress.openLesson(fixture.course, fixture.lesson1).orElseThrow();
                case "complete a lesson" -> progress.completeLesson(fixture.course, fixture.optional);
                case "download certificate" -> certificates.pdf(code);
                case "list certificates" -> certificates.search("");
                case "revoke certificate" -> certificates.revoke(code);
                case "verify certificate" -> certificates.verify(code).orElseThrow();
                case "facts of the enrolled learner" -> directory.facts(List.of(learnerId));
                case "facts of a learner in none of their courses" -> directory.facts(List.of(otherLearnerId));
                // The other learner is in no course yet: exactly whom a trainer looks for to enrol.
                case "find learners to enrol" -> enrolment.findLearnersToEnrol(fixture.course, otherLearner, 10);
                case "find learners in the directory" -> directory.findLearners(otherLearner, 10);
                case "browse the directory with two letters" -> directory.findLearners("ap", 100);
                case "count a group before enrolling it" -> enrolment.previewMatching(fixture.course,
                        PeopleFilter.EVERYONE);
                default -> throw new IllegalArgumentException(action);
            };
        };
        switch (outcome) {
            case "allowed" -> assertThat(as(role, call)).as("an allowed look-up finds something")
                    .satisfies(result -> {
                        if (result instanceof Collection<?> found) {
                            assertThat(found).isNotEmpty();
                        }
                    });
            case "hidden" -> assertThat(as(role, call)).asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.collection(Object.class)).isEmpty();
            case "refused" -> assertThatThrownBy(() -> as(role, call)).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
            case "absent" -> assertThatThrownBy(() -> as(role, call)).isInstanceOf(UserFacingException.class)
                    .hasMessage("error.learning.certificate-not-found");
            default -> throw new IllegalArgumentException(outcome);
        }
    }

    @Test
    void a_trainer_reads_the_facts_of_their_own_learners_only_and_finds_others_by_a_few_letters_with_no_facts() {
        List<PersonFacts> asTrainer = As.user(fixture.trainer, Courses.TRAINER,
                () -> directory.facts(List.of(learnerId, otherLearnerId)));
        assertThat(asTrainer).extracting(PersonFacts::id).containsExactly(learnerId);
        assertThat(As.admin(() -> directory.facts(List.of(learnerId, otherLearnerId)))).extracting(PersonFacts::id)
                .containsExactlyInAnyOrder(learnerId, otherLearnerId);
        // The trainer of another course reads the learner only once the learner is enrolled there.
        LearningFixture otherCourse = new LearningFixture(accounts, authoring, publishing);
        assertThat(As.user(otherCourse.trainer, Courses.TRAINER, () -> directory.facts(List.of(learnerId))))
                .isEmpty();
        As.user(otherCourse.trainer, Courses.TRAINER, () -> enrolment.enrol(otherCourse.course, learnerId));
        assertThat(As.user(otherCourse.trainer, Courses.TRAINER, () -> directory.facts(List.of(learnerId))))
                .extracting(PersonFacts::id).containsExactly(learnerId);

        List<PersonRef> found = As.user(fixture.trainer, Courses.TRAINER,
                () -> enrolment.findLearnersToEnrol(fixture.course, otherLearner, 500));
        assertThat(found).extracting(PersonRef::id).containsExactly(otherLearnerId);
        assertThat(As.user(fixture.trainer, Courses.TRAINER,
                () -> enrolment.findLearnersToEnrol(fixture.course, learner, 10)))
                .as("someone already enrolled is not offered again").isEmpty();
        assertThat(As.user(fixture.trainer, Courses.TRAINER, () -> directory.findLearners("aprende", 500)))
                .hasSizeLessThanOrEqualTo(PersonDirectory.TRAINER_MAX_RESULTS);
        assertThat(As.user(fixture.trainer, Courses.TRAINER, () -> directory.findLearners("  ", 10))).isEmpty();
    }

    @Test
    void a_learner_sees_only_their_own_progress_and_certificates_whatever_they_try() {
        assertThat(As.user(otherLearner, LEARNER, () -> progress.myProgress(fixture.course))).isEmpty();
        assertThat(As.user(otherLearner, LEARNER, () -> certificates.mine())).isEmpty();
        assertThat(As.user(otherLearner, LEARNER, () -> certificates.myCertificate(fixture.course))).isEmpty();
        assertThat(As.user(otherLearner, LEARNER, () -> progress.myCourses())).isEmpty();
        assertThatThrownBy(() -> As.user(otherLearner, LEARNER, () -> certificates.pdf(code.toLowerCase())))
                .hasMessage("error.learning.certificate-not-found");
        // A guessed code in the right shape is simply unknown.
        assertThat(As.anonymous(() -> certificates.verify("AAAA-BBBB-CCCC-DDDD"))).isEmpty();
        assertThat(As.user(learner, LEARNER, () -> progress.myProgress(fixture.course)).orElseThrow().percent())
                .isEqualTo(100);
    }

    @Test
    void a_trainer_sees_learners_only_of_courses_they_teach() {
        assertThat(As.user(fixture.trainer, Courses.TRAINER, () -> report.learners(fixture.course,
                PeopleFilter.EVERYONE))).extracting(r -> r.person().id()).containsExactly(learnerId);
        LearningFixture otherCourse = new LearningFixture(accounts, authoring, publishing);
        assertThatThrownBy(() -> As.user(fixture.trainer, Courses.TRAINER, () -> report.learners(otherCourse.course,
                PeopleFilter.EVERYONE))).isInstanceOf(AccessDeniedException.class);
        assertThat(As.admin(() -> report.learners(otherCourse.course, PeopleFilter.EVERYONE))).isEmpty();
    }

    private long enrolmentVersion() {
        return As.admin(() -> enrolment.rules(fixture.course)).version();
    }

    private Object as(String role, Supplier<Object> work) {
        return switch (role) {
            case "ANONYMOUS" -> As.anonymous(work);
            case "LEARNER" -> As.user(learner, LEARNER, work);
            case "OTHER_LEARNER" -> As.user(otherLearner, LEARNER, work);
            case "TRAINER" -> As.user(fixture.trainer, Courses.TRAINER, work);
            case "OTHER_TRAINER" -> As.user(otherTrainer, Courses.TRAINER, work);
            case "ADMIN" -> As.admin(work);
            default -> throw new IllegalArgumentException(role);
        };
    }

    /** For calls that return nothing. */
    private static Object done(Runnable call) {
        call.run();
        return "done";
    }
}
