package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Runs and their sessions × actions × roles: anonymous, a learner in the Sureste run, another learner, the
 * course's owner, the co-trainer who teaches Sureste (but not Norte), a trainer of another course, and an admin.
 */
@ParaleloSpringTest
class RunAuthorisationMatrixTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired AgendaService agenda;

    RunFixture fixture;
    String learner;
    PersonId learnerId;
    String otherLearner;
    String otherTrainer;
    SessionId session;

    @BeforeEach
    void aLearnerInTheSouthEastRun() {
        fixture = new RunFixture(accounts, authoring, publishing, runs);
        learner = RunFixture.learner(accounts);
        learnerId = RunFixture.id(accounts, learner);
        otherLearner = RunFixture.learner(accounts);
        otherTrainer = People.uniqueUsername("otra");
        People.create(accounts, otherTrainer, Role.TRAINER);
        As.user(learner, LEARNER, () -> runs.join(fixture.sureste));
        session = As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                SessionServiceTest.draft("Taller", SessionServiceTest.NEXT_YEAR, MexicanState.OAX, Set.of()))).id();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "list runs of the course, ANONYMOUS, refused", "list runs of the course, LEARNER, refused",
            "list runs of the course, OTHER_TRAINER, refused", "list runs of the course, CO_TRAINER, allowed",
            "list runs of the course, OWNER, allowed", "list runs of the course, ADMIN, allowed",
            "create a run, LEARNER, refused", "create a run, CO_TRAINER, refused",
            "create a run, OTHER_TRAINER, refused",
            "create a run, OWNER, allowed", "create a run, ADMIN, allowed",
            "read the run taught, CO_TRAINER, allowed", "read the run taught, LEARNER, refused",
            "read the run taught, OTHER_TRAINER, refused", "read a run not taught, CO_TRAINER, refused",
            "read a run not taught, OWNER, allowed", "read a run not taught, ADMIN, allowed",
            "change the run taught, CO_TRAINER, allowed", "change a run not taught, CO_TRAINER, refused",
            "change a run not taught, OTHER_TRAINER, refused", "change a run not taught, LEARNER, refused",
            "close a run not taught, CO_TRAINER, refused", "close a run not taught, OWNER, allowed",
            "close the run taught, LEARNER, refused", "close the run taught, OTHER_TRAINER, refused",
            "members of the run taught, ANONYMOUS, refused", "members of the run taught, LEARNER, refused",
            "members of the run taught, OTHER_LEARNER, refused", "members of the run taught, OTHER_TRAINER, refused",
            "members of the run taught, CO_TRAINER, allowed", "members of the run taught, OWNER, allowed",
            "members of the run taught, ADMIN, allowed", "members of a run not taught, CO_TRAINER, refused",
            "enrol someone in a run not taught, CO_TRAINER, refused",
            "enrol someone in a run not taught, OTHER_TRAINER, refused",
            "enrol someone in a run not taught, LEARNER, refused", "enrol someone in a run not taught, OWNER, allowed",
            "enrol a group in the run taught, OTHER_TRAINER, refused",
            "enrol a group in the run taught, LEARNER, refused", "enrol a group in the run taught, CO_TRAINER, allowed",
            "move the learner to a run not taught, CO_TRAINER, refused",
            "move the learner to a run not taught, LEARNER, refused",
            "move the learner to a run not taught, OWNER, allowed",
            "move the learner to a run not taught, ADMIN, allowed",
            "open runs of the course, ANONYMOUS, refused", "open runs of the course, OTHER_LEARNER, allowed",
            "join a run, ANONYMOUS, refused", "join a run, OTHER_LEARNER, allowed",
            "sessions of the run taught, ANONYMOUS, refused", "sessions of the run taught, LEARNER, allowed",
            "sessions of the run taught, OTHER_LEARNER, refused", "sessions of the run taught, CO_TRAINER, allowed",
            "sessions of the run taught, OTHER_TRAINER, refused", "sessions of the run taught, ADMIN, allowed",
            "read the session, LEARNER, allowed", "read the session, OTHER_LEARNER, refused",
            "plan a session in a run not taught, CO_TRAINER, refused",
            "plan a session in a run not taught, OWNER, allowed",
            "plan a session in the run taught, CO_TRAINER, allowed",
            "plan a session in the run taught, LEARNER, refused",
            "plan a session in the run taught, OTHER_TRAINER, refused",
            "cancel the session, LEARNER, refused", "cancel the session, OTHER_TRAINER, refused",
            "cancel the session, CO_TRAINER, allowed", "cancel the session, ADMIN, allowed",
            "download the session's calendar, ANONYMOUS, refused", "download the session's calendar, LEARNER, allowed",
            "download the session's calendar, OTHER_LEARNER, refused",
            "download the session's calendar, OTHER_TRAINER, refused",
            "download the session's calendar, CO_TRAINER, allowed",
            "download the run's calendar, ANONYMOUS, refused", "download the run's calendar, LEARNER, allowed",
            "download the run's calendar, OTHER_LEARNER, refused", "download the run's calendar, OTHER_TRAINER, refused",
            "download the run's calendar, OWNER, allowed", "download the run's calendar, ADMIN, allowed",
    })
    void each_role_may_do_exactly_what_the_matrix_says(String action, String role, String outcome) {
        Supplier<Object> call = () -> switch (action) {
            case "list runs of the course" -> runs.runs(fixture.course);
            case "create a run" -> runs.create(fixture.course, RunFixture.draft("Nueva", Set.of(), null));
            case "read the run taught" -> runs.run(fixture.sureste);
            case "read a run not taught" -> runs.run(fixture.norte);
            case "change the run taught" -> runs.update(fixture.sureste,
                    RunFixture.draft("Sureste B", Set.of(fixture.coTrainerId), null), version(fixture.sureste));
            case "change a run not taught" -> runs.update(fixture.norte, RunFixture.draft("Norte B", Set.of(), null),
                    version(fixture.norte));
            case "close a run not taught" -> done(() -> runs.close(fixture.norte));
            case "close the run taught" -> done(() -> runs.close(fixture.sureste));
            case "members of the run taught" -> runs.members(fixture.sureste);
            case "members of a run not taught" -> runs.members(fixture.norte);
            case "enrol someone in a run not taught" -> done(() -> runs.enrol(fixture.norte,
                    RunFixture.id(accounts, RunFixture.learner(accounts))));
            case "enrol a group in the run taught" -> runs.enrolMatching(fixture.sureste,
                    new PeopleFilter(null, null, "municipio-que-no-existe", null));
            case "move the learner to a run not taught" -> done(() -> runs.move(learnerId, fixture.norte));
            case "open runs of the course" -> runs.openRuns(fixture.course);
            case "join a run" -> done(() -> runs.join(fixture.norte));
            case "sessions of the run taught" -> sessions.sessions(fixture.sureste);
            case "read the session" -> sessions.session(session);
            case "plan a session in a run not taught" -> sessions.create(fixture.norte, SessionServiceTest.draft(
                    "Norte", SessionServiceTest.NEXT_YEAR, MexicanState.SON, Set.of()));
            case "plan a session in the run taught" -> sessions.create(fixture.sureste, SessionServiceTest.draft(
                    "Sureste", SessionServiceTest.NEXT_YEAR, MexicanState.ROO, Set.of()));
            case "cancel the session" -> done(() -> sessions.cancel(session));
            case "download the session's calendar" -> agenda.sessionCalendar(session);
            case "download the run's calendar" -> agenda.runCalendar(fixture.sureste);
            default -> throw new IllegalArgumentException(action);
        };
        switch (outcome) {
            case "allowed" -> assertThat(as(role, call)).satisfies(result -> {
                if (result instanceof Collection<?> found) {
                    assertThat(found).as("an allowed look-up finds something").isNotEmpty();
                }
            });
            case "refused" -> assertThatThrownBy(() -> as(role, call)).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
            default -> throw new IllegalArgumentException(outcome);
        }
    }

    private long version(RunId run) {
        return As.admin(() -> runs.run(run)).version();
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
            case "OTHER_TRAINER" -> As.user(otherTrainer, Courses.TRAINER, call);
            case "ADMIN" -> As.admin(call);
            default -> throw new IllegalArgumentException(role);
        };
    }
}
