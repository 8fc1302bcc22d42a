package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaService;
import org.paralelo.people.AccountService;
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
 * Session materials × actions × roles: a member of the session's run (Sureste), a member of another run (Norte),
 * the co-trainer who teaches Sureste, the course's owner, a trainer of another course, an admin and anonymous.
 * Members read the materials and download the session's files; only the run's managers change them.
 */
@ParaleloSpringTest
class SessionMaterialAuthorisationMatrixTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionMaterialService materials;
    @Autowired MediaService media;
    @Autowired TestClock clock;

    RunFixture fixture;
    String learner;
    String otherLearner;
    String otherTrainer;
    SessionId session;
    MediaId file;
    long lessonMaterial;
    String lesson;

    @BeforeEach
    void aSessionWithALessonAndAFile() {
        fixture = new RunFixture(accounts, authoring, publishing, runs);
        learner = RunFixture.learner(accounts);
        otherLearner = RunFixture.learner(accounts);
        otherTrainer = People.uniqueUsername("otra");
        People.create(accounts, otherTrainer, Role.TRAINER);
        As.user(learner, LEARNER, () -> runs.join(fixture.sureste));
        As.user(otherLearner, LEARNER, () -> runs.join(fixture.norte));
        session = owner(() -> sessions.create(fixture.sureste, SoonSessions.draft(clock, "Taller",
                java.util.Set.of()))).id();
        lesson = owner(() -> materials.lessonsToAdd(session)).getFirst().key();
        lessonMaterial = owner(() -> materials.addLesson(session, lesson)).id();
        String link = owner(() -> materials.addFile(session, SessionMaterialServiceTest.text("Guía"), "guia.txt"))
                .link();
        file = new MediaId(Long.parseLong(link.split("/")[2]));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "read the materials, ANONYMOUS, refused", "read the materials, LEARNER, allowed",
            "read the materials, OTHER_LEARNER, refused", "read the materials, OTHER_TRAINER, refused",
            "read the materials, CO_TRAINER, allowed", "read the materials, ADMIN, allowed",
            "download the file, ANONYMOUS, refused", "download the file, LEARNER, allowed",
            "download the file, OTHER_LEARNER, refused", "download the file, OTHER_TRAINER, refused",
            "download the file, CO_TRAINER, allowed",
            "list lessons to add, LEARNER, refused", "list lessons to add, CO_TRAINER, allowed",
            "add a lesson, LEARNER, refused", "add a lesson, OTHER_TRAINER, refused",
            "add a lesson, CO_TRAINER, allowed", "add a lesson, OWNER, allowed", "add a lesson, ADMIN, allowed",
            "add a file, LEARNER, refused", "add a file, OTHER_TRAINER, refused", "add a file, CO_TRAINER, allowed",
            "remove a material, ANONYMOUS, refused", "remove a material, LEARNER, refused",
            "remove a material, OTHER_TRAINER, refused", "remove a material, OWNER, allowed",
    })
    void each_role_may_do_exactly_what_the_matrix_says(String action, String role, String outcome) {
        Supplier<Object> call = () -> switch (action) {
            case "read the materials" -> materials.materials(session);
            case "download the file" -> media.open(file);
            case "list lessons to add" -> materials.lessonsToAdd(session);
            case "add a lesson" -> materials.addLesson(session, lesson);
            case "add a file" -> materials.addFile(session, SessionMaterialServiceTest.text("Otra"), "otra.txt");
            case "remove a material" -> {
                materials.remove(session, lessonMaterial);
                yield "done";
            }
            default -> throw new IllegalArgumentException(action);
        };
        switch (outcome) {
            case "allowed" -> assertThat(as(role, call)).satisfies(result -> {
                if (result instanceof java.util.Collection<?> found) {
                    assertThat(found).as("an allowed look-up finds something").isNotEmpty();
                }
            });
            case "refused" -> assertThatThrownBy(() -> as(role, call)).isInstanceOfAny(
                    AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class)
                    .isNotInstanceOf(UserFacingException.class);
            default -> throw new IllegalArgumentException(outcome);
        }
    }

    private <T> T owner(Supplier<T> work) {
        return As.user(fixture.owner, Courses.TRAINER, work);
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
