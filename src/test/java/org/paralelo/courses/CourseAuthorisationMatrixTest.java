package org.paralelo.courses;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.people.AccountService;
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
 * Objects (course, module, lesson) × actions × roles (anonymous, learner, other trainer, owner, co-trainer,
 * admin), checked at the service layer with a real course. Attachments and quiz questions join this matrix with
 * their modules.
 */
@ParaleloSpringTest
class CourseAuthorisationMatrixTest {

    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    AccountService accounts;

    String owner;
    String coTrainer;
    String otherTrainer;
    CourseId course;
    String moduleKey;
    String lessonKey;

    @BeforeEach
    void aCourseWithOwnerAndCoTrainer() {
        owner = People.uniqueUsername("titular");
        coTrainer = People.uniqueUsername("cotitular");
        otherTrainer = People.uniqueUsername("ajena");
        People.create(accounts, owner, Role.TRAINER);
        PersonId co = People.create(accounts, coTrainer, Role.TRAINER);
        People.create(accounts, otherTrainer, Role.TRAINER);
        course = Courses.withOneLesson(authoring, owner, "Matriz");
        As.user(owner, Courses.TRAINER, () -> authoring.setCoTrainers(course, Set.of(co)));
        CourseDraft draft = As.user(owner, Courses.TRAINER, () -> authoring.draft(course));
        moduleKey = draft.modules().getFirst().key();
        lessonKey = draft.modules().getFirst().items().getFirst().key();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "read draft, ANONYMOUS, refused", "read draft, LEARNER, refused", "read draft, OTHER_TRAINER, refused",
            "read draft, OWNER, allowed", "read draft, CO_TRAINER, allowed", "read draft, ADMIN, allowed",
            "edit course, LEARNER, refused", "edit course, OTHER_TRAINER, refused", "edit course, OWNER, allowed",
            "edit course, CO_TRAINER, allowed", "edit course, ADMIN, allowed",
            "edit module, ANONYMOUS, refused", "edit module, OTHER_TRAINER, refused", "edit module, CO_TRAINER, allowed",
            "edit lesson, LEARNER, refused", "edit lesson, OTHER_TRAINER, refused", "edit lesson, OWNER, allowed",
            "read lesson draft, OTHER_TRAINER, refused", "read lesson draft, CO_TRAINER, allowed",
            "publish, LEARNER, refused", "publish, OTHER_TRAINER, refused", "publish, CO_TRAINER, allowed",
            "history, OTHER_TRAINER, refused", "history, ADMIN, allowed",
            "preview draft, LEARNER, refused", "preview draft, OTHER_TRAINER, refused", "preview draft, OWNER, allowed",
            "copy, LEARNER, refused", "copy, OTHER_TRAINER, refused", "copy, OWNER, allowed",
            "create course, LEARNER, refused", "create course, ANONYMOUS, refused", "create course, OTHER_TRAINER, allowed",
            "read unpublished course as learner, LEARNER, absent",
    })
    void each_role_may_do_exactly_what_the_matrix_says(String action, String role, String outcome) {
        Consumer<Void> call = ignored -> {
            switch (action) {
                case "read draft" -> authoring.draft(course);
                case "edit course" -> authoring.updateDetails(course, Courses.details("Nuevo título"),
                        authoring.draft(course).version());
                case "edit module" -> authoring.updateModule(course, moduleKey, "Otro", "", 0);
                case "edit lesson" -> authoring.saveLesson(course, lessonKey, "Texto",
                        authoring.lesson(course, lessonKey).version());
                case "read lesson draft" -> authoring.lesson(course, lessonKey);
                case "publish" -> publishing.publish(course);
                case "history" -> publishing.history(course);
                case "preview draft" -> catalogue.preview(course);
                case "copy" -> authoring.copyCourse(course, "Copia");
                case "create course" -> authoring.createCourse(Courses.details("Propio"));
                case "read unpublished course as learner" -> {
                    if (catalogue.published(course).isPresent()) {
                        throw new AssertionError("a learner saw an unpublished course");
                    }
                }
                default -> throw new IllegalArgumentException(action);
            }
        };
        Runnable asRole = () -> run(role, () -> call.accept(null));
        if ("refused".equals(outcome)) {
            assertThatThrownBy(asRole::run).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
        } else {
            assertThatCode(asRole::run).doesNotThrowAnyException();
        }
    }

    private void run(String role, Runnable work) {
        switch (role) {
            case "ANONYMOUS" -> As.anonymous(() -> {
                work.run();
                return null;
            });
            case "LEARNER" -> As.user("aprendiz-matriz", new String[] {"LEARNER"}, work);
            case "OTHER_TRAINER" -> As.user(otherTrainer, Courses.TRAINER, work);
            case "OWNER" -> As.user(owner, Courses.TRAINER, work);
            case "CO_TRAINER" -> As.user(coTrainer, Courses.TRAINER, work);
            case "ADMIN" -> As.admin(work);
            default -> throw new IllegalArgumentException(role);
        }
    }
}
