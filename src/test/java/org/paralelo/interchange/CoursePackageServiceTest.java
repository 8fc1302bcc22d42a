package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paralelo.interchange.PackageFixtures.minimal;
import static org.paralelo.interchange.PackageFixtures.with;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.paralelo.support.HostileDocx;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
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
    @Autowired
    MessageSource messages;

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
    void a_course_title_of_300_characters_is_the_same_error_in_the_preview_and_the_import_on_its_manifest_line() {
        Map<String, byte[]> files = with(minimal(code), "course.yaml", manifest()
                .replace("title: \"Taller de prueba\"", "title: \"" + "t".repeat(300) + "\""));

        ImportReport preview = asTrainer(() -> packages.preview(PackageFiles.of(files), ImportOptions.asDraft()));
        ImportReport failed = importFails(files, ImportOptions.asDraft());

        assertThat(preview.errors()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("course.yaml:4");
            assertThat(p.messageKey()).isEqualTo("error.too-long");
            assertThat(render(p, Locale.ENGLISH)).isEqualTo("Use at most 200 characters.");
        });
        assertThat(failed.errors()).isEqualTo(preview.errors());
        assertThat(preview.ok()).isFalse();
        assertThat(asTrainer(() -> imports.findByCode(code))).isEmpty();
    }

    @Test
    void model_rules_on_modules_items_and_lessons_point_to_their_manifest_line_or_lesson_file() {
        String manifest = manifest().replace("title: \"Primer módulo\"", "title: \"" + "m".repeat(201) + "\"")
                .replace("title: \"Autoevaluación\"", "title: \"" + "q".repeat(201) + "\"");
        Map<String, byte[]> files = with(with(minimal(code), "course.yaml", manifest), "lessons/l1.md",
                "x".repeat(1_000_001));

        ImportReport preview = asTrainer(() -> packages.preview(PackageFiles.of(files), ImportOptions.asDraft()));

        assertThat(preview.errors()).extracting(PackageProblem::where, PackageProblem::messageKey,
                PackageProblem::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("course.yaml:10", "error.too-long", "200"),
                org.assertj.core.groups.Tuple.tuple("lessons/l1.md", "error.lesson.too-long", "1000"),
                org.assertj.core.groups.Tuple.tuple("course.yaml:20", "error.too-long", "200"));
        assertThat(importFails(files, ImportOptions.asDraft()).errors()).isEqualTo(preview.errors());
    }

    @Test
    void model_rule_messages_show_their_own_values_in_spanish_and_english() {
        Map<String, byte[]> files = with(minimal(code), "quizzes/q1.gift",
                "$CATEGORY: prueba\n¿Cuáles? {~%50%sí ~%20%también ~no}\n");

        ImportReport preview = asTrainer(() -> packages.preview(PackageFiles.of(files), ImportOptions.asDraft()));

        assertThat(preview.errors()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("quizzes/q1.gift:2");
            assertThat(p.messageKey()).isEqualTo("error.question.credits-sum");
            assertThat(p.field()).isEqualTo("options");
            assertThat(render(p, Locale.ENGLISH)).isEqualTo(
                    "Options: The credits of the correct options must add up to 100 % (now they add up to 70 %).");
            assertThat(render(p, Locale.forLanguageTag("es-MX"))).isEqualTo(
                    "Opciones: Los créditos de las opciones correctas deben sumar 100 % (ahora suman 70 %).");
        });
    }

    @Test
    void a_failure_found_only_while_storing_is_in_the_preview_too_and_the_preview_keeps_no_row_and_no_file()
            throws Exception {
        byte[] uniquePdf = uniquePdf();
        Map<String, byte[]> files = new LinkedHashMap<>(minimal(code));
        files.put("media/plantilla.pdf", uniquePdf);
        files.put("quizzes/q1.gift", PackageFixtures.utf8("$CATEGORY: " + "x".repeat(200) + "\n\n¿Sí? {T}\n"));
        long mediaBefore = mediaRows();

        ImportReport preview = asTrainer(() -> packages.preview(PackageFiles.of(files), ImportOptions.published()));

        assertThat(preview.errors()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("quizzes/q1.gift:3");
            assertThat(render(p, Locale.ENGLISH)).isEqualTo("Category name: Use at most 120 characters.");
        });
        assertThat(importFails(files, ImportOptions.published()).errors()).isEqualTo(preview.errors());
        assertThat(mediaRows()).isEqualTo(mediaBefore);
        assertThat(stored(uniquePdf)).doesNotExist();
    }

    @Test
    void a_clean_preview_stored_its_media_only_until_the_rollback() throws Exception {
        byte[] uniquePdf = uniquePdf();
        Map<String, byte[]> files = new LinkedHashMap<>(minimal(code));
        files.put("media/plantilla.pdf", uniquePdf);
        long mediaBefore = mediaRows();

        ImportReport preview = asTrainer(() -> packages.preview(PackageFiles.of(files), ImportOptions.published()));

        assertThat(preview.ok()).isTrue();
        assertThat(preview.imported()).isFalse();
        assertThat(preview.published()).isFalse();
        assertThat(preview.courseId()).isNull();
        assertThat(asTrainer(() -> imports.findByCode(code))).isEmpty();
        assertThat(mediaRows()).isEqualTo(mediaBefore);
        assertThat(stored(uniquePdf)).doesNotExist();
        ImportReport imported = asTrainer(() -> packages.importPackage(PackageFiles.of(files),
                ImportOptions.published()));
        assertThat(imported.published()).isTrue();
        assertThat(stored(uniquePdf)).exists();
    }

    @Test
    void publishing_refusals_are_in_the_preview_and_the_import_report() {
        Map<String, byte[]> files = with(with(minimal(code), "course.yaml", manifest().replace(
                "title: \"Primera lección\"", "title: \"Lección en blanco\"")), "lessons/l1.md", "   \n");

        ImportReport draft = asTrainer(() -> packages.preview(PackageFiles.of(files), ImportOptions.asDraft()));
        ImportReport preview = asTrainer(() -> packages.preview(PackageFiles.of(files), ImportOptions.published()));

        assertThat(draft.ok()).isTrue();
        assertThat(preview.errors()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("course.yaml");
            assertThat(p.messageKey()).isEqualTo("error.course.publish-empty-lesson");
            assertThat(p.detail()).isEqualTo("Lección en blanco");
        });
        assertThat(importFails(files, ImportOptions.published()).errors()).isEqualTo(preview.errors());
        assertThat(asTrainer(() -> imports.findByCode(code))).isEmpty();
    }

    @Test
    void a_refusal_when_the_publish_commits_is_in_the_preview_and_the_import_report() {
        // 80 questions of nearly 14,000 characters: each is fine, but the quiz's frozen copy, made as the
        // publish commits, is too large.
        StringBuilder gift = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            gift.append("::P").append(i).append("::").append("p".repeat(4_900)).append(" {T#")
                    .append("a".repeat(1_900)).append('#').append("b".repeat(1_900)).append("####")
                    .append("f".repeat(4_900)).append("}\n\n");
        }
        Map<String, byte[]> files = with(minimal(code), "quizzes/q1.gift", gift.toString());

        ImportReport preview = asTrainer(() -> packages.preview(PackageFiles.of(files), ImportOptions.published()));

        assertThat(preview.errors()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("course.yaml");
            assertThat(p.messageKey()).isEqualTo("error.quiz.publish-too-large");
            assertThat(p.detail()).isEqualTo("Autoevaluación");
        });
        assertThat(importFails(files, ImportOptions.published()).errors()).isEqualTo(preview.errors());
        assertThat(asTrainer(() -> imports.findByCode(code))).isEmpty();
    }

    @Test
    void unknown_topics_are_warned_about_on_their_own_line() {
        Map<String, byte[]> files = with(minimal(code), "course.yaml", manifest().replace(
                "topics: [gestion-empresarial]", "topics:\n  - gestion-empresarial\n  - astrologia"));

        ImportReport preview = asTrainer(() -> packages.preview(PackageFiles.of(files), ImportOptions.asDraft()));

        assertThat(preview.ok()).isTrue();
        assertThat(preview.warnings()).extracting(PackageProblem::where, PackageProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("course.yaml:8",
                        "interchange.package.unknown-topic"));
    }

    @Test
    void reimporting_without_a_quiz_keeps_the_bank_questions_that_quiz_still_uses() {
        String twoQuizzes = manifest() + """
                      - type: quiz
                        code: q2
                        title: "Segunda autoevaluación"
                        file: quizzes/q2.gift
                """;
        Map<String, byte[]> first = with(with(minimal(code), "course.yaml", twoQuizzes), "quizzes/q2.gift",
                "¿Tercera? {T}\n");
        CourseId id = new CourseId(asTrainer(() -> packages.importPackage(PackageFiles.of(first),
                ImportOptions.published())).courseId());

        ImportReport again = asTrainer(() -> packages.importPackage(PackageFiles.of(minimal(code)),
                ImportOptions.asDraft()));

        assertThat(again.ok()).isTrue();
        assertThat(asTrainer(() -> bank.allQuestions(id))).hasSize(3);
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
    void a_code_that_belongs_to_another_trainers_course_cannot_be_overwritten_and_its_id_is_not_revealed() {
        asTrainer(() -> packages.importPackage(PackageFiles.of(minimal(code)), ImportOptions.asDraft()));
        String other = People.uniqueUsername("otra");
        People.create(accounts, other, Role.TRAINER);

        ImportReport preview = As.user(other, new String[] {"TRAINER"}, () -> packages.preview(
                PackageFiles.of(minimal(code)), ImportOptions.asDraft()));

        assertThat(preview.errors()).extracting(PackageProblem::where, PackageProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("course.yaml:2",
                        "interchange.package.code-taken"));
        assertThat(preview.action()).as("what the preview says it would do").isEqualTo(ImportReport.CREATE);
        assertThat(preview.courseId()).as("the other trainer's course id").isNull();
        assertThatThrownBy(() -> As.user(other, new String[] {"TRAINER"}, () -> packages.importPackage(
                PackageFiles.of(minimal(code)), ImportOptions.asDraft())))
                .isInstanceOfSatisfying(PackageImportFailedException.class, refused -> {
                    assertThat(refused.report().courseId()).isNull();
                    assertThat(refused.report().action()).isEqualTo(ImportReport.CREATE);
                });
    }

    @Test
    void a_chosen_course_the_trainer_cannot_edit_is_refused_as_the_target() {
        long theirs = asTrainer(() -> packages.importPackage(PackageFiles.of(minimal(code)),
                ImportOptions.asDraft())).courseId();
        String other = People.uniqueUsername("otra");
        People.create(accounts, other, Role.TRAINER);
        String otherCode = People.uniqueUsername("otro").toLowerCase();

        ImportReport preview = As.user(other, new String[] {"TRAINER"}, () -> packages.preview(
                PackageFiles.of(minimal(otherCode)), new ImportOptions(false, new CourseId(theirs))));

        assertThat(preview.errors()).extracting(PackageProblem::where, PackageProblem::messageKey,
                PackageProblem::detail).containsExactly(org.assertj.core.groups.Tuple.tuple("",
                "interchange.package.target-forbidden", String.valueOf(theirs)));
    }

    @Test
    void a_chosen_course_without_a_code_cannot_take_a_code_another_course_has() {
        asTrainer(() -> packages.importPackage(PackageFiles.of(minimal(code)), ImportOptions.asDraft()));
        CourseId uncoded = asTrainer(() -> authoring.createCourse(new org.paralelo.courses.CourseDetails(
                "Curso sin código", "", "es-MX", 1, java.util.Set.of(), null)));

        ImportReport preview = asTrainer(() -> packages.preview(PackageFiles.of(minimal(code)),
                new ImportOptions(false, uncoded)));

        assertThat(preview.action()).isEqualTo(ImportReport.UPDATE);
        assertThat(preview.errors()).extracting(PackageProblem::where, PackageProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("course.yaml:2",
                        "interchange.package.code-taken"));
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

    /**
     * OOXML forbids a DTD in a package's XML, so a "DOCX" whose {@code [Content_Types].xml} declares entities is
     * not a Word document: the type detector, whose XML parser refuses any DOCTYPE, cannot tell what the Office
     * package holds, and the media library refuses it behind its .docx name, naming the file. Nothing is expanded
     * or fetched.
     */
    @Test
    void a_docx_whose_content_types_declare_entity_bombs_and_external_entities_is_refused_as_another_format(
            @TempDir Path temp) throws Exception {
        try (HostileDocx hostile = new HostileDocx(temp)) {
            Map<String, byte[]> files = withAttachment(hostile.inContentTypes());

            ImportReport preview = asTrainer(() -> packages.preview(PackageFiles.of(files), ImportOptions.asDraft()));
            ImportReport failed = importFails(files, ImportOptions.asDraft());

            assertThat(preview.errors()).singleElement().satisfies(p -> {
                assertThat(p.where()).isEqualTo("media/guia.docx");
                assertThat(p.messageKey()).isEqualTo("error.media.type-mismatch");
                assertThat(render(p, Locale.ENGLISH)).isEqualTo("The file name suggests another format, but its "
                        + "content is a document in another format. For safety we do not accept it; please upload "
                        + "the original file.");
            });
            assertThat(failed.errors()).isEqualTo(preview.errors());
            assertThat(asTrainer(() -> imports.findByCode(code))).isEmpty();
            assertThat(hostile.requests()).as("requests for external entities or DTDs").isZero();
        }
    }

    /**
     * With clean content types the file is a DOCX and is kept byte for byte as uploaded: entities in its text are
     * never expanded into anything stored, and nothing is fetched (its text extraction for search is
     * TextExtractionTest's).
     */
    @Test
    void a_docx_with_entity_bombs_and_external_entities_in_its_text_is_kept_as_the_file_it_is(@TempDir Path temp)
            throws Exception {
        try (HostileDocx hostile = new HostileDocx(temp)) {
            byte[] docx = hostile.inDocument();

            ImportReport report = asTrainer(() -> packages.importPackage(PackageFiles.of(withAttachment(docx)),
                    ImportOptions.asDraft()));

            assertThat(report.media()).containsExactly("media/guia.docx");
            assertThat(stored(docx)).exists().hasBinaryContent(docx);
            assertThat(hostile.requests()).as("requests for external entities or DTDs").isZero();
        }
    }

    private Map<String, byte[]> withAttachment(byte[] docx) {
        Map<String, byte[]> files = new LinkedHashMap<>(minimal(code));
        files.put("lessons/l1.md", PackageFixtures.utf8("[guía](media/guia.docx)\n"));
        files.remove("media/plantilla.pdf");
        files.put("media/guia.docx", docx);
        return files;
    }

    private String manifest() {
        return PackageFixtures.MANIFEST.formatted(code);
    }

    private ImportReport importFails(Map<String, byte[]> files, ImportOptions options) {
        try {
            asTrainer(() -> packages.importPackage(PackageFiles.of(files), options));
        } catch (PackageImportFailedException failed) {
            assertThat(failed.report().imported()).isFalse();
            return failed.report();
        }
        throw new AssertionError("The import should have failed");
    }

    private String render(PackageProblem problem, Locale locale) {
        return messages.getMessage(problem.displayKey(), problem.messageArguments(), locale);
    }

    private byte[] uniquePdf() {
        return (new String(PackageFixtures.pdf(), StandardCharsets.ISO_8859_1) + "% " + code + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private Path stored(byte[] content) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        return data.resolve("media").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    private long mediaRows() {
        return jdbc.sql("select count(*) from media_file").query(Long.class).single();
    }
}
