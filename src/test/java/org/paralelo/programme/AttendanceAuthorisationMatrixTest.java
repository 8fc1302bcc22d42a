package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Attendance × actions × roles: anonymous, a learner registered for the session (Sureste run), a learner of
 * another run, the course's owner, the co-trainer who teaches Sureste, a co-trainer who teaches only Norte but
 * facilitates this session, a co-trainer of the course who neither teaches Sureste nor facilitates, a trainer of
 * another course, and an admin. Nobody reads another person's attendance but the run's trainers, the session's
 * facilitators (at their session only, not across the run), the course owner and admins.
 */
@ParaleloSpringTest
class AttendanceAuthorisationMatrixTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionRegistrationService registration;
    @Autowired AttendanceService attendance;
    @Autowired RunAttendanceService runAttendance;
    @Autowired TestClock clock;

    RunFixture fixture;
    String learner;
    PersonId learnerId;
    String otherLearner;
    String facilitator;
    String bystander;
    String otherTrainer;
    SessionId session;

    @BeforeEach
    void aSessionStartingSoon() {
        fixture = new RunFixture(accounts, authoring, publishing, runs);
        facilitator = People.uniqueUsername("facilita");
        PersonId facilitatorId = People.create(accounts, facilitator, Role.TRAINER);
        bystander = People.uniqueUsername("mira");
        PersonId bystanderId = People.create(accounts, bystander, Role.TRAINER);
        As.user(fixture.owner, Courses.TRAINER, () -> authoring.setCoTrainers(fixture.course,
                Set.of(fixture.coTrainerId, facilitatorId, bystanderId)));
        learner = RunFixture.learner(accounts);
        learnerId = RunFixture.id(accounts, learner);
        otherLearner = RunFixture.learner(accounts);
        otherTrainer = People.uniqueUsername("otra");
        People.create(accounts, otherTrainer, Role.TRAINER);
        As.user(learner, LEARNER, () -> runs.join(fixture.sureste));
        As.user(otherLearner, LEARNER, () -> runs.join(fixture.norte));
        session = As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                SoonSessions.draft(clock, "Taller", Set.of(facilitatorId)))).id();
        As.user(learner, LEARNER, () -> registration.register(session));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "read the roll call, ANONYMOUS, refused", "read the roll call, LEARNER, refused",
            "read the roll call, OTHER_LEARNER, refused", "read the roll call, OTHER_TRAINER, refused",
            "read the roll call, BYSTANDER, refused", "read the roll call, FACILITATOR, allowed",
            "read the roll call, CO_TRAINER, allowed", "read the roll call, OWNER, allowed",
            "read the roll call, ADMIN, allowed",
            "mark the learner, LEARNER, refused", "mark the learner, OTHER_TRAINER, refused",
            "mark the learner, BYSTANDER, refused", "mark the learner, FACILITATOR, allowed",
            "mark the learner, CO_TRAINER, allowed", "mark the learner, ADMIN, allowed",
            "mark the rest absent, LEARNER, refused", "mark the rest absent, BYSTANDER, refused",
            "mark the rest absent, OWNER, allowed",
            "find walk-ins, LEARNER, refused", "find walk-ins, OTHER_TRAINER, refused",
            "find walk-ins, FACILITATOR, allowed",
            "read the history, ANONYMOUS, refused", "read the history, LEARNER, refused",
            "read the history, BYSTANDER, refused", "read the history, CO_TRAINER, allowed",
            "show the check-in code, LEARNER, refused", "show the check-in code, OTHER_TRAINER, refused",
            "show the check-in code, BYSTANDER, refused", "show the check-in code, FACILITATOR, allowed",
            "show the check-in code, OWNER, allowed",
            "read the current code, LEARNER, refused", "read the current code, FACILITATOR, allowed",
            "print the sign-in sheet, ANONYMOUS, refused", "print the sign-in sheet, LEARNER, refused",
            "print the sign-in sheet, OTHER_TRAINER, refused", "print the sign-in sheet, FACILITATOR, allowed",
            "print the sign-in sheet, ADMIN, allowed",
            "check in with a code, ANONYMOUS, refused", "check in with a code, LEARNER, allowed",
            "read my own mark, ANONYMOUS, refused", "read my own mark, LEARNER, allowed",
            "read my own mark, OTHER_LEARNER, refused",
            "read the session, FACILITATOR, allowed", "read the session, BYSTANDER, refused",
            "read my run attendance, ANONYMOUS, refused", "read my run attendance, LEARNER, allowed",
            "read my run attendance, OTHER_LEARNER, refused", "read my run attendance, OTHER_TRAINER, refused",
            "read a member run attendance, ANONYMOUS, refused",
            "read a member run attendance, LEARNER, refused",
            "read a member run attendance, OTHER_LEARNER, refused",
            "read a member run attendance, FACILITATOR, refused",
            "read a member run attendance, BYSTANDER, refused",
            "read a member run attendance, OTHER_TRAINER, refused",
            "read a member run attendance, CO_TRAINER, allowed",
            "read a member run attendance, OWNER, allowed",
            "read a member run attendance, ADMIN, allowed",
    })
    void each_role_may_do_exactly_what_the_matrix_says(String action, String role, String outcome) {
        Supplier<Object> call = () -> switch (action) {
            case "read the roll call" -> attendance.rollCall(session);
            case "mark the learner" -> done(() -> attendance.mark(session, learnerId, AttendanceMark.PRESENT,
                    AttendanceSource.ROLL_CALL));
            case "mark the rest absent" -> attendance.markRestAbsent(session, AttendanceSource.ROLL_CALL);
            case "find walk-ins" -> done(() -> attendance.walkInCandidates(session, "María", 10));
            case "read the history" -> done(() -> attendance.history(session));
            case "show the check-in code" -> attendance.issueCode(session);
            case "read the current code" -> done(() -> attendance.currentCode(session));
            case "print the sign-in sheet" -> attendance.signInSheet(session, Locale.ENGLISH);
            case "check in with a code" -> As.admin(() -> attendance.issueCode(session)).code();
            case "read my own mark" -> attendance.myMark(session);
            case "read the session" -> sessions.session(session);
            case "read my run attendance" -> runAttendance.mine(fixture.sureste);
            case "read a member run attendance" -> runAttendance.of(fixture.sureste, learnerId);
            default -> throw new IllegalArgumentException(action);
        };
        Supplier<Object> checked = "check in with a code".equals(action) ? () -> {
            String code = (String) call.get();
            return attendance.checkIn(code);
        } : call;
        switch (outcome) {
            case "allowed" -> assertThat(as(role, checked)).satisfies(result -> {
                if (result instanceof Collection<?> found) {
                    assertThat(found).as("an allowed look-up finds something").isNotEmpty();
                }
            });
            case "refused" -> assertThatThrownBy(() -> as(role, checked)).isInstanceOfAny(
                    AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class)
                    .isNotInstanceOf(UserFacingException.class);
            default -> throw new IllegalArgumentException(outcome);
        }
    }

    private static Object done(Runnable action) {
        action.run();
        return "done";
    }

    private Object as(String role, Supplier<Object> call) {
        return switch (role) {
            case "ANONYMOUS" -> As.anonymous(call);
            case "LEARNER" -> As.user(learner, LEARNER, call);
            case "OTHER_LEARNER" -> As.user(otherLearner, LEARNER, call);
            case "OWNER" -> As.user(fixture.owner, Courses.TRAINER, call);
            case "CO_TRAINER" -> As.user(fixture.coTrainer, Courses.TRAINER, call);
            case "FACILITATOR" -> As.user(facilitator, Courses.TRAINER, call);
            case "BYSTANDER" -> As.user(bystander, Courses.TRAINER, call);
            case "OTHER_TRAINER" -> As.user(otherTrainer, Courses.TRAINER, call);
            case "ADMIN" -> As.admin(call);
            default -> throw new IllegalArgumentException(role);
        };
    }
}
