package org.paralelo.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

@ParaleloSpringTest
@Tag("persistence")
class PublishingServiceTest {

    private static final String[] LEARNER = {"LEARNER"};

    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    AccountService accounts;
    @Autowired
    org.paralelo.learning.EnrolmentService enrolment;

    String trainer;

    @BeforeEach
    void aTrainer() {
        trainer = People.uniqueUsername("publica");
        People.create(accounts, trainer, Role.TRAINER);
    }

    @Test
    void learners_see_nothing_of_a_draft_until_it_is_published() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Solo borrador");

        assertThat(As.user("lectora", LEARNER, () -> catalogue.published(course))).isEmpty();
        assertThat(As.user("lectora", LEARNER, () -> catalogue.publishedCourses()))
                .extracting(CourseCard::id).doesNotContain(course);

        as(() -> publishing.publish(course));

        assertThat(As.user("lectora", LEARNER, () -> catalogue.published(course))).isPresent();
    }

    @Test
    void editing_after_publishing_changes_nothing_for_learners_until_the_next_publish() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Inmutable");
        as(() -> publishing.publish(course));
        // Learners read lessons once enrolled (the learning module's rule).
        String reader = People.uniqueUsername("lector");
        People.create(accounts, reader, Role.LEARNER);
        As.user(reader, LEARNER, () -> enrolment.enrolMe(course));
        String key = as(() -> authoring.draft(course)).modules().getFirst().items().getFirst().key();

        as(() -> authoring.saveLesson(course, key, "Texto nuevo del borrador.",
                authoring.lesson(course, key).version()));
        as(() -> authoring.addItem(course, authoring.draft(course).modules().getFirst().key(), ItemKind.LESSON,
                "Lección nueva", true));

        PublishedCourse seen = As.user("lector", LEARNER, () -> catalogue.published(course)).orElseThrow();
        assertThat(seen.version()).isEqualTo(1);
        assertThat(seen.items().count()).isEqualTo(1);
        assertThat(As.user(reader, LEARNER, () -> catalogue.lesson(course, key)).orElseThrow().safeHtml())
                .contains("Los costos fijos").doesNotContain("Texto nuevo");

        String newLessonKey = as(() -> authoring.draft(course)).modules().getFirst().items().get(1).key();
        as(() -> authoring.saveLesson(course, newLessonKey, "Contenido.", authoring.lesson(course, newLessonKey).version()));
        as(() -> publishing.publish(course));

        PublishedCourse republished = As.user("lector", LEARNER, () -> catalogue.published(course)).orElseThrow();
        assertThat(republished.version()).isEqualTo(2);
        assertThat(republished.items().map(PublishedCourse.Item::key)).as("keys stay stable").contains(key);
        assertThat(As.user(reader, LEARNER, () -> catalogue.lesson(course, key)).orElseThrow().safeHtml())
                .contains("Texto nuevo");
    }

    @Test
    void publishing_an_empty_course_is_refused_and_creates_no_version() {
        CourseId course = as(() -> authoring.createCourse(Courses.details("Vacío")));
        assertThatThrownBy(() -> as(() -> publishing.publish(course)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.course.publish-empty");
        as(() -> authoring.addModule(course, "Módulo sin nada", ""));
        assertThatThrownBy(() -> as(() -> publishing.publish(course)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.course.publish-empty");
        assertThat(as(() -> publishing.history(course))).isEmpty();
        assertThat(as(() -> authoring.draft(course)).state()).isEqualTo(CourseState.DRAFT);
    }

    @Test
    void the_history_says_who_published_what_and_when_and_what_changed() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Historial");
        as(() -> publishing.publish(course));
        String module = as(() -> authoring.draft(course)).modules().getFirst().key();
        String added = as(() -> authoring.addItem(course, module, ItemKind.LESSON, "Precios", true));
        as(() -> authoring.saveLesson(course, added, "Cómo fijar precios.", authoring.lesson(course, added).version()));
        as(() -> publishing.publish(course));

        List<VersionInfo> history = as(() -> publishing.history(course));
        assertThat(history).extracting(VersionInfo::number).containsExactly(2, 1);
        assertThat(history.getFirst().publishedBy()).isEqualTo("María " + trainer);
        assertThat(history.getFirst().current()).isTrue();
        assertThat(history.getFirst().changes()).containsExactly("history.item-added|Precios");
        assertThat(history.get(1).changes()).containsExactly("history.first-version");
    }

    @Test
    void restoring_an_old_version_brings_it_back_into_the_draft_with_the_same_keys() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Restaurar");
        as(() -> publishing.publish(course));
        CourseDraft first = as(() -> authoring.draft(course));
        String key = first.modules().getFirst().items().getFirst().key();
        as(() -> {
            authoring.removeItem(course, key);
            return null;
        });
        as(() -> authoring.addModule(course, "Otro módulo", ""));

        as(() -> {
            publishing.restoreIntoDraft(course, 1);
            return null;
        });

        CourseDraft restored = as(() -> authoring.draft(course));
        assertThat(restored.modules()).hasSize(1);
        assertThat(restored.modules().getFirst().items().getFirst().key()).isEqualTo(key);
        assertThat(as(() -> authoring.lesson(course, key)).markdown()).contains("Los costos fijos");
    }

    @Test
    void unpublishing_and_archiving_hide_the_course_from_learners() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Ocultar");
        as(() -> publishing.publish(course));
        as(() -> {
            publishing.unpublish(course);
            return null;
        });
        assertThat(As.user("lector", LEARNER, () -> catalogue.published(course))).isEmpty();
        as(() -> publishing.publish(course));
        as(() -> {
            publishing.archive(course);
            return null;
        });
        assertThat(As.user("lector", LEARNER, () -> catalogue.published(course))).isEmpty();
        assertThat(as(() -> authoring.draft(course)).state()).isEqualTo(CourseState.ARCHIVED);
    }

    private <T> T as(Supplier<T> work) {
        return As.user(trainer, Courses.TRAINER, work);
    }
}
