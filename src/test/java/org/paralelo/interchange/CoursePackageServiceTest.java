package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paralelo.interchange.PackageFixtures.minimal;
import static org.paralelo.interchange.PackageFixtures.with;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuizService;
import org.paralelo.base.DataDirectory;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDraft;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseImportService;
import org.paralelo.courses.CourseState;
import org.paralelo.courses.LessonDraft;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Importing a package: preview first, then all or nothing; an update becomes a new draft of the same course. */
@ParaleloSpringTest
@Tag("persistence")
class CoursePackageServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CoursePackageService packages;
    @Autowired
    CourseImportService imports;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizService quizzes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataDirectory data;

    private String trainer;
    private String code;

    @BeforeEach
    void trainer() {
        trainer = People.uniqueUsername("formador");
        People.create(accounts, trainer, Role.TRAINER);
        code = People.uniqueUsername("prueba").toLowerCase();
    }

    private <T> T asTrainer(Supplier<T> work) {
        return As.user(trainer, new String[] {"TRAINER"}, work);
    }

    @Test
    void the_preview_says_what_will_be_created_and_stores_nothing() {
        long mediaBefore = mediaRows();

        ImportReport report = asTrainer(() -> packages.preview(PackageFiles.of(minimal(code)),
                ImportOptions.asDraft()));

        assertThat(report.ok()).isTrue();
        assertThat(report.imported()).isFalse();
        assertThat(report.action()).isEqualTo(ImportReport.CREATE);
        assertThat(report.code()).isEqualTo(code);
        assertThat(report.modules()).isEqualTo(1);
        assertThat(report.lessons()).isEqualTo(1);
        assertThat(report.quizzes()).isEqualTo(1);
        assertThat(report.questions()).isEqualTo(2);
        assertThat(report.media()).containsExactly("media/plantilla.pdf");
        assertThat(asTrainer(() -> imports.findByCode(code))).isEmpty();
        assertThat(mediaRows()).isEqualTo(mediaBefore);
    }

    @Test
    void the_import_creates_a_draft_with_lessons_relinked_media_bank_and_quiz_settings() {
        ImportReport report = asTrainer(() -> packages.importPackage(PackageFiles.of(minimal(code)),
                ImportOptions.asDraft()));

        CourseId id = new CourseId(report.courseId());
        CourseDraft draft = asTrainer(() -> authoring.draft(id));
        assertThat(draft.state()).isEqualTo(CourseState.DRAFT);
        assertThat(draft.details().title()).isEqualTo("Taller de prueba");
        assertThat(draft.details().topicCodes()).containsExactly("gestion-empresarial");
        assertThat(draft.modules()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("m1");
            assertThat(m.items()).extracting(CourseDraft.ItemDraft::key).containsExactly("l1", "q1");
        });
        LessonDraft lesson = asTrainer(() -> authoring.lesson(id, "l1"));
        assertThat(lesson.markdown()).matches("(?s).*\\[plantilla\\]\\(media/\\d+/plantilla\\.pdf\\).*");
        var quiz = asTrainer(() -> quizzes.quiz(id, "q1"));
        assertThat(quiz.settings().passMarkPercent()).isEqualTo(60);
        assertThat(quiz.slots()).hasSize(2);
        assertThat(asTrainer(() -> bank.categories(id))).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("prueba"));
    }

    @Test
    void importing_again_updates_the_same_course_as_a_new_draft_without_duplicating_questions() {
        ImportReport first = asTrainer(() -> packages.importPackage(PackageFiles.of(minimal(code)),
                ImportOptions.published()));
        CourseId id = new CourseId(first.courseId());
        Map<String, byte[]> changed = with(minimal(code), "lessons/l1.md", "# Versión 2\n");

        ImportReport preview = asTrainer(() -> packages.preview(PackageFiles.of(changed), ImportOptions.asDraft()));
        ImportReport second = asTrainer(() -> packages.importPackage(PackageFiles.of(changed),
                ImportOptions.asDraft()));

        assertThat(preview.action()).isEqualTo(ImportReport.UPDATE);
        assertThat(preview.courseId()).isEqualTo(id.value());
        assertThat(second.courseId()).isEqualTo(id.value());
        assertThat(asTrainer(() -> authoring.lesson(id, "l1")).markdown()).isEqualTo("# Versión 2\n");
        assertThat(asTrainer(() -> bank.allQuestions(id))).hasSize(2);
        // Learners still see the published version 1 until the trainer publishes again.
        assertThat(asTrainer(() -> catalogue.published(id)).orElseThrow().version()).isEqualTo(1);
        assertThat(asTrainer(() -> catalogue.published(id)).orElseThrow().item("l1").orElseThrow().markdown())
                .contains("plantilla");
    }

    @Test
    void a_failure_late_in_the_import_leaves_no_course_no_media_row_and_no_file() throws Exception {
        byte[] uniquePdf = (new String(PackageFixtures.pdf(), StandardCharsets.ISO_8859_1) + "% " + code + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> files = new LinkedHashMap<>(minimal(code));
        files.put("media/plantilla.pdf", uniquePdf);
        // The bank refuses a category name this long, which is only found after the course and media exist.
        files.put("quizzes/q1.gift", PackageFixtures.utf8("$CATEGORY: " + "x".repeat(200) + "\n\n¿Sí? {T}\n"));
        long mediaBefore = mediaRows();

        assertThatThrownBy(() -> asTrainer(() -> packages.importPackage(PackageFiles.of(files),
                ImportOptions.published()))).isInstanceOfSatisfying(PackageImportFailedException.class, e -> {
                    assertThat(e.report().imported()).isFalse();
                    assertThat(e.report().errors()).singleElement().satisfies(p -> {
                        assertThat(p.where()).isEqualTo("quizzes/q1.gift:3");
                        assertThat(p.messageKey()).startsWith("error.");
                    });
                });

        assertThat(asTrainer(() -> imports.findByCode(code))).isEmpty();
        assertThat(mediaRows()).isEqualTo(mediaBefore);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(uniquePdf));
        assertThat(data.resolve("media").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha))
                .doesNotExist();
    }

    @Test
    void a_package_with_errors_is_not_imported_at_all() {
        Map<String, byte[]> files = with(minimal(code), "lessons/l1.md", "[falta](media/no-esta.pdf)");

        assertThatThrownBy(() -> asTrainer(() -> packages.importPackage(PackageFiles.of(files),
                ImportOptions.asDraft()))).isInstanceOfSatisfying(PackageImportFailedException.class,
                e -> assertThat(e.report().errors()).extracting(PackageProblem::where)
                        .containsExactly("lessons/l1.md:1"));
        assertThat(asTrainer(() -> imports.findByCode(code))).isEmpty();
    }

    @Test
    void a_code_that_belongs_to_another_trainers_course_cannot_be_overwritten() {
        asTrainer(() -> packages.importPackage(PackageFiles.of(minimal(code)), ImportOptions.asDraft()));
        String other = People.uniqueUsername("otra");
        People.create(accounts, other, Role.TRAINER);

        ImportReport preview = As.user(other, new String[] {"TRAINER"}, () -> packages.preview(
                PackageFiles.of(minimal(code)), ImportOptions.asDraft()));

        assertThat(preview.errors()).extracting(PackageProblem::messageKey)
                .containsExactly("interchange.package.code-taken");
        assertThatThrownBy(() -> As.user(other, new String[] {"TRAINER"}, () -> packages.importPackage(
                PackageFiles.of(minimal(code)), ImportOptions.asDraft())))
                .isInstanceOf(PackageImportFailedException.class);
    }

    @Test
    void learners_and_anonymous_callers_cannot_preview_or_import() {
        String learner = People.uniqueUsername("aprendiz");
        People.create(accounts, learner, Role.LEARNER);

        assertThatThrownBy(() -> As.user(learner, new String[] {"LEARNER"}, () -> packages.preview(
                PackageFiles.of(minimal(code)), ImportOptions.asDraft())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> As.anonymous(() -> packages.importPackage(PackageFiles.of(minimal(code)),
                ImportOptions.asDraft()))).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void a_docx_whose_xml_holds_entity_bombs_and_external_entities_is_handled_without_expanding_them()
            throws Exception {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE Types [<!ENTITY xxe SYSTEM "file:///etc/passwd">
                <!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
                <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">&h;&xxe;
                <Override PartName="/word/document.xml"
                 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>
                """;
        byte[] docx = PackageFilesTest.zip(Map.of("[Content_Types].xml", bomb, "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
        Map<String, byte[]> files = new LinkedHashMap<>(minimal(code));
        files.put("lessons/l1.md", PackageFixtures.utf8("[guía](media/guia.docx)\n"));
        files.remove("media/plantilla.pdf");
        files.put("media/guia.docx", docx);

        try {
            ImportReport report = asTrainer(() -> packages.importPackage(PackageFiles.of(files),
                    ImportOptions.asDraft()));
            // Accepted: then only as the file it is, never with the entities expanded into anything stored.
            assertThat(report.media()).containsExactly("media/guia.docx");
        } catch (PackageImportFailedException refused) {
            assertThat(refused.report().errors()).allSatisfy(p -> assertThat(p.file()).isEqualTo("media/guia.docx"));
            assertThat(asTrainer(() -> imports.findByCode(code))).isEmpty();
        }
    }

    private long mediaRows() {
        return jdbc.sql("select count(*) from media_file").query(Long.class).single();
    }
}
