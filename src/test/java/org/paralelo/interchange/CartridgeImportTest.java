package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuizService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDraft;
import org.paralelo.courses.CourseId;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** Common Cartridges go through the same preview and all-or-nothing import as course packages. */
@ParaleloSpringTest
@Tag("persistence")
class CartridgeImportTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CoursePackageService packages;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    QuizService quizzes;

    private String trainer;

    @BeforeEach
    void trainer() {
        trainer = People.uniqueUsername("formador");
        People.create(accounts, trainer, Role.TRAINER);
    }

    private <T> T asTrainer(Supplier<T> work) {
        return As.user(trainer, new String[] {"TRAINER"}, work);
    }

    @Test
    void each_real_cartridge_previews_without_errors_with_every_page_and_quiz_counted() {
        Map<String, int[]> expected = Map.of("single-page.imscc", new int[] {1, 1, 0, 0},
                "latex.imscc", new int[] {1, 2, 0, 0}, "canvas-quizzes.imscc", new int[] {1, 0, 3, 6},
                "canvas_cc_gem_course.imscc", new int[] {1, 3, 0, 0});
        expected.forEach((name, counts) -> {
            byte[] zip = CartridgeFixtures.real(name);
            ImportReport report = asTrainer(() -> packages.preview(CartridgeFixtures.files(zip),
                    ImportOptions.asDraft()));
            assertThat(report.errors()).as(name).isEmpty();
            assertThat(new int[] {report.modules(), report.lessons(), report.quizzes(), report.questions()})
                    .as(name + ": modules, lessons, quizzes, questions").containsExactly(counts);
            assertThat(report.imported()).isFalse();
        });
    }

    @Test
    void a_cartridge_imports_as_a_draft_with_its_files_in_the_media_library_and_its_quiz_filled() {
        String identifier = People.uniqueUsername("cc");
        Map<String, byte[]> files = CartridgeFixtures.everyKind();
        files.put("imsmanifest.xml", PackageFixtures.utf8(CartridgeFixtures.MANIFEST
                .replace("CURSO-Gestión_2026", identifier)));

        ImportReport report = asTrainer(() -> packages.importPackage(PackageFiles.of(files),
                ImportOptions.asDraft()));

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(PackageProblem::messageKey).contains("interchange.cc.lti-lost");
        assertThat(report.media()).hasSize(2);
        CourseId id = new CourseId(report.courseId());
        CourseDraft draft = asTrainer(() -> authoring.draft(id));
        assertThat(draft.details().title()).isEqualTo("Gestión cultural");
        assertThat(draft.modules()).extracting(CourseDraft.ModuleDraft::title)
                .containsExactly("Primer módulo", "Segundo módulo");
        String intro = asTrainer(() -> authoring.lesson(id, "m1-1")).markdown();
        assertThat(intro).containsPattern("\\(media/\\d+/logo-azul\\.png\\)").containsPattern(
                "\\(media/\\d+/guia\\.pdf\\)");
        assertThat(asTrainer(() -> quizzes.quiz(id, "m2-2")).slots()).hasSize(5);
    }

    @Test
    void the_report_says_which_format_was_read_and_a_course_level_refusal_names_imsmanifest_xml() {
        String identifier = People.uniqueUsername("cc");
        Map<String, byte[]> files = CartridgeFixtures.everyKind();
        files.put("imsmanifest.xml", PackageFixtures.utf8(CartridgeFixtures.MANIFEST
                .replace("CURSO-Gestión_2026", identifier)));
        ImportReport first = asTrainer(() -> packages.importPackage(PackageFiles.of(files), ImportOptions.asDraft()));
        assertThat(first.format()).isEqualTo("IMS Common Cartridge 1.3.0");

        String other = People.uniqueUsername("formador");
        People.create(accounts, other, Role.TRAINER);
        ImportReport taken = As.user(other, new String[] {"TRAINER"}, () -> packages.preview(PackageFiles.of(files),
                ImportOptions.asDraft()));

        assertThat(taken.errors()).extracting(PackageProblem::file, PackageProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("imsmanifest.xml", "interchange.package.code-taken"));
        ImportReport yaml = asTrainer(() -> packages.preview(PackageFiles.of(PackageFixtures.minimal(
                People.uniqueUsername("curso").toLowerCase())), ImportOptions.asDraft()));
        assertThat(yaml.format()).isEqualTo("paralelo-course/1");
    }
}
