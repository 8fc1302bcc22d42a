package org.paralelo.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

@ParaleloSpringTest
@Tag("persistence")
class CourseAuthoringServiceTest {

    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    AccountService accounts;

    String trainer;

    @BeforeEach
    void aTrainer() {
        trainer = People.uniqueUsername("formador");
        People.create(accounts, trainer, Role.TRAINER);
    }

    @Test
    void a_trainer_builds_a_course_with_modules_lessons_and_quizzes_in_order() {
        CourseDraft draft = as(() -> {
            CourseId course = authoring.createCourse(Courses.details("Gestión de festivales"));
            String first = authoring.addModule(course, "Planeación", "Definir objetivos");
            String second = authoring.addModule(course, "Operación", "");
            authoring.addItem(course, first, ItemKind.LESSON, "El calendario", true);
            authoring.addItem(course, first, ItemKind.QUIZ, "Autoevaluación", false);
            authoring.addItem(course, second, ItemKind.LESSON, "Logística", true);
            return authoring.draft(course);
        });

        assertThat(draft.modules()).extracting(CourseDraft.ModuleDraft::title).containsExactly("Planeación", "Operación");
        assertThat(draft.modules().getFirst().items()).extracting(CourseDraft.ItemDraft::title, CourseDraft.ItemDraft::kind,
                CourseDraft.ItemDraft::required)
                .containsExactly(tuple("El calendario", ItemKind.LESSON, true),
                        tuple("Autoevaluación", ItemKind.QUIZ, false));
        assertThat(draft.details().topicCodes()).containsExactly("gestion-empresarial");
        assertThat(draft.state()).isEqualTo(CourseState.DRAFT);
    }

    @Test
    void modules_and_items_move_by_index_and_between_modules() {
        CourseDraft draft = as(() -> {
            CourseId course = authoring.createCourse(Courses.details("Reordenar"));
            String a = authoring.addModule(course, "A", "");
            String b = authoring.addModule(course, "B", "");
            String one = authoring.addItem(course, a, ItemKind.LESSON, "Uno", true);
            authoring.addItem(course, a, ItemKind.LESSON, "Dos", true);
            authoring.addItem(course, a, ItemKind.LESSON, "Tres", true);
            authoring.moveItem(course, one, a, 2);
            String two = authoring.draft(course).modules().getFirst().items().getFirst().key();
            authoring.moveItem(course, two, b, 0);
            authoring.moveModule(course, b, 0);
            return authoring.draft(course);
        });

        assertThat(draft.modules()).extracting(CourseDraft.ModuleDraft::title).containsExactly("B", "A");
        assertThat(titles(draft.modules().get(0))).containsExactly("Dos");
        assertThat(titles(draft.modules().get(1))).containsExactly("Tres", "Uno");
    }

    @Test
    void a_lesson_saved_against_an_old_version_is_refused_and_the_newer_text_stays() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Versiones");
        as(() -> {
            String key = authoring.draft(course).modules().getFirst().items().getFirst().key();
            long seen = authoring.lesson(course, key).version();
            authoring.saveLesson(course, key, "Primera persona guarda.", seen);
            assertThatThrownBy(() -> authoring.saveLesson(course, key, "Segunda persona guarda.", seen))
                    .isInstanceOf(StaleDataException.class);
            assertThat(authoring.lesson(course, key).markdown()).isEqualTo("Primera persona guarda.");
            return null;
        });
    }

    @Test
    void empty_or_ten_thousand_character_titles_are_refused_and_nothing_is_stored() {
        as(() -> {
            for (String title : new String[] {"", "   ", "T".repeat(10_000)}) {
                assertThatThrownBy(() -> authoring.createCourse(Courses.details(title)))
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                refused -> assertThat(refused.concerns("title")).isTrue());
            }
            CourseId course = authoring.createCourse(Courses.details("Títulos"));
            assertThatThrownBy(() -> authoring.addModule(course, "M".repeat(10_000), ""))
                    .isInstanceOf(InvalidInputException.class);
            String module = authoring.addModule(course, "Módulo", "");
            assertThatThrownBy(() -> authoring.addItem(course, module, ItemKind.LESSON, "", true))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(authoring.draft(course).modules()).hasSize(1);
            assertThat(authoring.draft(course).modules().getFirst().items()).isEmpty();
            return null;
        });
    }

    @Test
    void two_megabytes_of_markdown_are_refused_with_a_message_and_the_lesson_keeps_its_text() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Lección enorme");
        as(() -> {
            String key = authoring.draft(course).modules().getFirst().items().getFirst().key();
            LessonDraft before = authoring.lesson(course, key);
            assertThatThrownBy(() -> authoring.saveLesson(course, key, "a".repeat(2 * 1024 * 1024), before.version()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("error.lesson.too-long"));
            assertThat(authoring.lesson(course, key).markdown()).isEqualTo(before.markdown());
            return null;
        });
    }

    @Test
    void broken_markdown_is_stored_and_rendered_without_error() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Markdown roto");
        String broken = "## Título sin cierre **negrita\n| a | b\n|--\n[enlace](\n```\ncódigo sin cerrar\n<div><span>";
        String html = as(() -> {
            String key = authoring.draft(course).modules().getFirst().items().getFirst().key();
            authoring.saveLesson(course, key, broken, authoring.lesson(course, key).version());
            return authoring.preview(course, broken);
        });
        assertThat(html).contains("Título sin cierre").doesNotContain("<div><span>");
    }

    @Test
    void unknown_topics_and_impossible_hours_are_refused() {
        as(() -> {
            assertThatThrownBy(() -> authoring.createCourse(new CourseDetails("Curso", "", "es-MX", 5,
                    Set.of("astrologia"), null))).isInstanceOfSatisfying(InvalidInputException.class,
                    refused -> assertThat(refused.concerns("topics")).isTrue());
            assertThatThrownBy(() -> authoring.createCourse(new CourseDetails("Curso", "", "es-MX", -3, Set.of(),
                    null))).isInstanceOfSatisfying(InvalidInputException.class,
                    refused -> assertThat(refused.concerns("estimatedHours")).isTrue());
            return null;
        });
    }

    @Test
    void copying_a_course_gives_the_copier_a_new_draft_with_the_same_content_and_new_keys() {
        CourseId original = Courses.withOneLesson(authoring, trainer, "Curso regional");
        CourseDraft copy = as(() -> authoring.draft(authoring.copyCourse(original, "Curso regional — Sureste")));
        CourseDraft source = as(() -> authoring.draft(original));

        assertThat(copy.id()).isNotEqualTo(original);
        assertThat(copy.details().title()).isEqualTo("Curso regional — Sureste");
        assertThat(titles(copy.modules().getFirst())).isEqualTo(titles(source.modules().getFirst()));
        assertThat(copy.modules().getFirst().items().getFirst().key())
                .isNotEqualTo(source.modules().getFirst().items().getFirst().key());
        assertThat(copy.state()).isEqualTo(CourseState.DRAFT);
        String key = copy.modules().getFirst().items().getFirst().key();
        assertThat(as(() -> authoring.lesson(copy.id(), key)).markdown()).contains("Los costos fijos");
    }

    private static List<String> titles(CourseDraft.ModuleDraft module) {
        return module.items().stream().map(CourseDraft.ItemDraft::title).toList();
    }

    private <T> T as(Supplier<T> work) {
        return As.user(trainer, Courses.TRAINER, work);
    }
}
