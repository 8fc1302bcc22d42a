package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.CertificateService;
import org.paralelo.learning.CertificateView;
import org.paralelo.learning.LearningFixture;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hybrid completion through learning's CompletionRule: online lessons plus attendance at the run's on-site
 * sessions, re-evaluated when a mark changes; the certificate states online and on-site hours apart.
 */
@ParaleloSpringTest
@Tag("persistence")
class HybridCompletionTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionRegistrationService registration;
    @Autowired AttendanceService attendance;
    @Autowired ProgressService progress;
    @Autowired CertificateService certificates;
    @Autowired TestClock clock;

    LearningFixture course;
    RunId run;

    @BeforeEach
    void aHybridRun() {
        course = new LearningFixture(accounts, authoring, publishing);
        run = trainer(() -> runs.create(course.course, new RunDraft("Sureste híbrida", Set.of(),
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), Set.of(), null, true, null, null,
                RunMode.HYBRID)));
    }

    @Test
    void a_learner_who_completes_online_but_misses_the_workshop_completes_only_once_marked_present() {
        trainer(() -> runs.requireAttendance(run, new AttendanceRequirement(1, null, false)));
        SessionId workshop = session("Taller presencial");
        String missed = member(workshop);
        String attended = member(workshop);
        mark(workshop, attended, AttendanceMark.PRESENT);
        mark(workshop, missed, AttendanceMark.ABSENT);

        completeOnline(missed);
        completeOnline(attended);

        assertThat(As.user(missed, LEARNER, () -> certificates.myCertificate(course.course))).as("missed").isEmpty();
        assertThat(As.user(missed, LEARNER, () -> progress.myProgress(course.course)).orElseThrow().completedAt())
                .isNull();
        CertificateView certificate = As.user(attended, LEARNER, () -> certificates.myCertificate(course.course))
                .orElseThrow();
        assertThat(certificate.onSiteMinutes()).isEqualTo(60);
        String text = AttendanceServiceTest.text(As.user(attended, LEARNER, () -> certificates.pdf(certificate.code())));
        assertThat(text.replaceAll("\\s+", " ")).contains("en línea y 1 hora presencial");

        mark(workshop, missed, AttendanceMark.LATE);
        assertThat(As.user(missed, LEARNER, () -> certificates.myCertificate(course.course)))
                .as("a late arrival counts, and the mark completes the course at once").get()
                .extracting(CertificateView::onSiteMinutes).isEqualTo(60);

        mark(workshop, missed, null);
        assertThat(As.user(missed, LEARNER, () -> progress.myProgress(course.course)).orElseThrow().completedAt())
                .as("a mark taken back leaves the completion").isNotNull();
    }

    @Test
    void an_excused_absence_counts_only_where_the_run_allows_it() {
        trainer(() -> runs.requireAttendance(run, new AttendanceRequirement(null, 100, false)));
        SessionId first = session("Primera");
        SessionId second = session("Segunda");
        String learner = member(first);
        As.user(learner, LEARNER, () -> registration.register(second));
        mark(first, learner, AttendanceMark.PRESENT);
        mark(second, learner, AttendanceMark.EXCUSED);
        completeOnline(learner);
        assertThat(As.user(learner, LEARNER, () -> certificates.myCertificate(course.course))).isEmpty();

        trainer(() -> runs.requireAttendance(run, new AttendanceRequirement(null, 100, true)));
        mark(second, learner, AttendanceMark.ABSENT);
        mark(second, learner, AttendanceMark.EXCUSED);
        CertificateView certificate = As.user(learner, LEARNER, () -> certificates.myCertificate(course.course))
                .orElseThrow();
        assertThat(certificate.onSiteMinutes()).as("only the session attended is on-site time").isEqualTo(60);
    }

    @Test
    void a_run_without_requirement_completes_online_and_the_certificate_names_online_hours_only() {
        String learner = LearningFixture.learner(accounts);
        As.user(learner, LEARNER, () -> runs.join(run));
        completeOnline(learner);
        CertificateView certificate = As.user(learner, LEARNER, () -> certificates.myCertificate(course.course))
                .orElseThrow();
        assertThat(certificate.onSiteMinutes()).isNull();
        assertThat(AttendanceServiceTest.text(As.user(learner, LEARNER, () -> certificates.pdf(certificate.code()))))
                .doesNotContain("presencial");
    }

    @Test
    void a_requirement_with_both_numbers_or_out_of_range_is_refused_and_nothing_changes() {
        assertThatThrownBy(() -> trainer(() -> runs.requireAttendance(run, new AttendanceRequirement(2, 50, false))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).contains("percent"));
        assertThatThrownBy(() -> trainer(() -> runs.requireAttendance(run, new AttendanceRequirement(0, null, false))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> trainer(() -> runs.requireAttendance(run, new AttendanceRequirement(null, 101,
                false)))).isInstanceOf(InvalidInputException.class);
        assertThat(trainer(() -> runs.attendanceRequirement(run))).isEqualTo(AttendanceRequirement.none());
        String learner = LearningFixture.learner(accounts);
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> runs.requireAttendance(run,
                AttendanceRequirement.none()))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_sessions_needed_never_exceed_those_held_and_a_percentage_rounds_up() {
        assertThat(new AttendanceRequirement(3, null, false).needed(2)).isEqualTo(2);
        assertThat(new AttendanceRequirement(null, 50, false).needed(3)).isEqualTo(2);
        assertThat(new AttendanceRequirement(null, 50, false).needed(0)).isZero();
        assertThat(AttendanceRequirement.none().required()).isFalse();
    }

    private SessionId session(String title) {
        return trainer(() -> sessions.create(run, SoonSessions.draft(clock, title, Set.of()))).id();
    }

    /** A learner in the run with a seat in the session. */
    private String member(SessionId session) {
        String learner = LearningFixture.learner(accounts);
        As.user(learner, LEARNER, () -> runs.join(run));
        As.user(learner, LEARNER, () -> registration.register(session));
        return learner;
    }

    private void mark(SessionId session, String learner, AttendanceMark mark) {
        PersonId person = LearningFixture.learnerId(accounts, learner);
        trainer(() -> attendance.mark(session, person, mark, AttendanceSource.ROLL_CALL));
    }

    private void completeOnline(String learner) {
        As.user(learner, LEARNER, () -> {
            progress.completeLesson(course.course, course.lesson1);
            progress.completeLesson(course.course, course.lesson2);
        });
    }

    private <T> T trainer(java.util.function.Supplier<T> work) {
        return As.user(course.trainer, Courses.TRAINER, work);
    }

    private void trainer(Runnable work) {
        As.user(course.trainer, Courses.TRAINER, work);
    }
}
