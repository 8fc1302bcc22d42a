package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.interchange.PackageFixtures.minimal;
import static org.paralelo.interchange.PackageFixtures.with;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.FeedbackTiming;
import org.paralelo.assessment.GradingPolicy;
import org.paralelo.assessment.QuestionType;

/** The manifest and the files it names are read exactly, and every problem names its file and line. */
class PackageReaderTest {

    private static PackageRead read(Map<String, byte[]> files) {
        return PackageReader.read(PackageFiles.of(files));
    }

    private static String manifest(String body) {
        return PackageFixtures.MANIFEST.formatted("prueba").replace("modules:", body + "\nmodules:");
    }

    @Test
    void a_quiz_file_in_moodle_xml_is_told_from_gift_by_its_text() {
        PackageRead read = read(with(minimal("prueba"), "quizzes/q1.gift", """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="truefalse">
                    <name><text>Permiso</text></name>
                    <questiontext format="html"><text><![CDATA[<p>¿Se necesita <b>permiso</b>?</p>]]></text></questiontext>
                    <answer fraction="100"><text>true</text></answer>
                    <answer fraction="0"><text>false</text></answer>
                  </question>
                  <question type="ddwtos"><name><text>Arrastra</text></name></question>
                </quiz>
                """));

        assertThat(read.errors()).isEmpty();
        assertThat(read.warnings()).extracting(PackageProblem::where, PackageProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quizzes/q1.gift:9",
                        "interchange.moodlexml.unsupported-type"));
        CoursePackage.Item quiz = read.coursePackage().modules().stream().flatMap(m -> m.items().stream())
                .filter(CoursePackage.Item::quiz).findFirst().orElseThrow();
        assertThat(quiz.questions()).extracting(q -> q.question().text())
                .containsExactly("¿Se necesita **permiso**?");
    }

    @Test
    void a_minimal_package_is_read_with_its_structure_settings_questions_and_media() {
        PackageRead read = read(minimal("prueba"));

        assertThat(read.errors()).isEmpty();
        assertThat(read.warnings()).isEmpty();
        CoursePackage pkg = read.coursePackage();
        assertThat(pkg.code()).isEqualTo("prueba");
        assertThat(pkg.title()).isEqualTo("Taller de prueba");
        assertThat(pkg.topics()).containsExactly("gestion-empresarial");
        assertThat(pkg.estimatedHours()).isEqualTo(2);
        CoursePackage.Module module = pkg.modules().getFirst();
        assertThat(module.code()).isEqualTo("m1");
        assertThat(module.objectives()).isEqualTo("- Aprender");
        CoursePackage.Item lesson = module.items().get(0);
        assertThat(lesson.quiz()).isFalse();
        assertThat(lesson.markdown()).isEqualTo(PackageFixtures.LESSON);
        CoursePackage.Item quiz = module.items().get(1);
        assertThat(quiz.required()).isFalse();
        assertThat(quiz.settings().passMarkPercent()).isEqualTo(60);
        assertThat(quiz.settings().attemptsAllowed()).isEqualTo(2);
        assertThat(quiz.settings().timeLimitMinutes()).isEqualTo(10);
        assertThat(quiz.settings().shuffleQuestions()).isFalse();
        assertThat(quiz.settings().feedbackTiming()).isEqualTo(FeedbackTiming.IMMEDIATELY);
        assertThat(quiz.settings().gradingPolicy()).isEqualTo(GradingPolicy.LAST);
        assertThat(quiz.questions()).extracting(q -> q.question().type())
                .containsExactly(QuestionType.TRUE_FALSE, QuestionType.NUMERIC);
        assertThat(quiz.questions()).allMatch(q -> q.category().equals("prueba"));
        assertThat(pkg.media()).containsOnlyKeys("media/plantilla.pdf");
    }

    @Test
    void every_field_knows_its_manifest_line_and_a_left_out_item_does_not_lend_its_lines_to_the_next() {
        CoursePackage pkg = read(minimal("prueba")).coursePackage();

        assertThat(pkg.line("title")).isEqualTo(4);
        assertThat(pkg.line("topics.0")).isEqualTo(6);
        assertThat(pkg.line("modules.0.objectives")).isEqualTo(11);
        assertThat(pkg.line("modules.0.items.1.title")).isEqualTo(20);
        assertThat(pkg.line("modules.0.items.1.settings.passMarkPercent")).isEqualTo(24);
        // Not a manifest field: the line where its item starts.
        assertThat(pkg.line("modules.0.items.0.markdown")).isEqualTo(13);
        assertThat(pkg.line("nothing")).isZero();

        String broken = PackageFixtures.MANIFEST.formatted("prueba").replace("type: lesson", "type: video");
        CoursePackage withoutLesson = read(with(minimal("prueba"), "course.yaml", broken)).coursePackage();
        assertThat(withoutLesson.modules().getFirst().items()).extracting(CoursePackage.Item::code)
                .containsExactly("q1");
        assertThat(withoutLesson.line("modules.0.items.0.title")).isEqualTo(20);
        assertThat(withoutLesson.line("modules.0.items.0.file")).isEqualTo(21);
        assertThat(withoutLesson.line("modules.0.items.0")).isEqualTo(18);
    }

    @Test
    void feedback_after_close_without_a_closing_date_is_the_quiz_models_refusal_on_the_feedback_line() {
        String manifest = PackageFixtures.MANIFEST.formatted("prueba").replace("feedback: immediately",
                "feedback: after-close");

        PackageRead read = read(with(minimal("prueba"), "course.yaml", manifest));

        assertThat(read.errors()).containsExactly(new PackageProblem("course.yaml", 29,
                "error.quiz.close-date-required", "closesOn", java.util.List.of()));
    }

    @Test
    void a_missing_lesson_file_names_the_manifest_line_that_points_to_it() {
        Map<String, byte[]> files = new LinkedHashMap<>(minimal("prueba"));
        files.remove("lessons/l1.md");

        assertThat(read(files).errors()).containsExactly(
                new PackageProblem("course.yaml", 16, "interchange.package.missing-file", "lessons/l1.md"));
    }

    @Test
    void a_link_to_missing_media_names_the_lesson_and_its_line() {
        Map<String, byte[]> files = with(minimal("prueba"), "lessons/l1.md", "# Hola\n\nMira [esto](media/nada.pdf)\n");

        assertThat(read(files).errors()).containsExactly(
                new PackageProblem("lessons/l1.md", 3, "interchange.package.missing-media", "media/nada.pdf"));
    }

    @Test
    void a_latin1_lesson_is_reported_with_the_line_of_its_first_bad_byte_not_mangled() {
        Map<String, byte[]> files = new LinkedHashMap<>(minimal("prueba"));
        files.put("lessons/l1.md", "# Lección\n\nañadir acción\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(read(files).errors()).containsExactly(
                new PackageProblem("lessons/l1.md", 1, "interchange.package.not-utf8", "lessons/l1.md"));
    }

    @Test
    void a_latin1_manifest_is_reported_too() {
        Map<String, byte[]> files = new LinkedHashMap<>(minimal("prueba"));
        files.put("course.yaml", PackageFixtures.MANIFEST.formatted("prueba").replace("Taller", "Taller ñ")
                .getBytes(StandardCharsets.ISO_8859_1));

        PackageRead read = read(files);
        assertThat(read.coursePackage()).isNull();
        assertThat(read.errors()).containsExactly(
                new PackageProblem("course.yaml", 4, "interchange.package.not-utf8", "course.yaml"));
    }

    @Test
    void duplicate_codes_are_errors_on_the_line_of_the_second_one() {
        String manifest = PackageFixtures.MANIFEST.formatted("prueba").replace("code: q1", "code: l1");

        assertThat(read(with(minimal("prueba"), "course.yaml", manifest)).errors()).containsExactly(
                new PackageProblem("course.yaml", 19, "interchange.package.duplicate-code", "l1"));
    }

    @Test
    void a_duplicate_key_in_a_mapping_is_an_error() {
        String manifest = PackageFixtures.MANIFEST.formatted("prueba").replace("estimatedHours: 2",
                "estimatedHours: 2\nestimatedHours: 3");

        assertThat(read(with(minimal("prueba"), "course.yaml", manifest)).errors()).containsExactly(
                new PackageProblem("course.yaml", 8, "interchange.package.duplicate-key", "estimatedHours"));
    }

    @Test
    void yaml_aliases_are_refused_and_a_billion_laughs_document_is_not_expanded() {
        String laughs = """
                format: paralelo-course/1
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                """;

        PackageRead read = read(with(minimal("prueba"), "course.yaml", laughs));

        assertThat(read.coursePackage()).isNull();
        assertThat(read.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("course.yaml");
            assertThat(p.messageKey()).isIn("interchange.package.yaml", "interchange.package.yaml-alias");
        });
    }

    @Test
    void a_single_alias_is_refused_too() {
        String manifest = PackageFixtures.MANIFEST.formatted("prueba").replace("title: \"Taller de prueba\"",
                "title: &t \"Taller de prueba\"\nsummary2: *t");

        PackageRead read = read(with(minimal("prueba"), "course.yaml", manifest));

        assertThat(read.coursePackage()).isNull();
        assertThat(read.errors()).extracting(PackageProblem::messageKey)
                .containsExactly("interchange.package.yaml-alias");
    }

    @Test
    void java_type_tags_are_never_instantiated() {
        String manifest = PackageFixtures.MANIFEST.formatted("prueba").replace("title: \"Taller de prueba\"",
                "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]");

        PackageRead read = read(with(minimal("prueba"), "course.yaml", manifest));

        // SnakeYAML 2 refuses global tags while composing; were one to pass, a tagged node is not text.
        assertThat(read.coursePackage()).isNull();
        assertThat(read.errors()).extracting(PackageProblem::messageKey).containsAnyOf("interchange.package.yaml",
                "interchange.package.expected-text");
    }

    @Test
    void a_huge_manifest_is_refused_before_parsing() {
        String manifest = PackageFixtures.MANIFEST.formatted("prueba") + "# " + "x".repeat(3_000_000) + "\n";

        PackageRead read = read(with(minimal("prueba"), "course.yaml", manifest));

        assertThat(read.coursePackage()).isNull();
        assertThat(read.errors()).extracting(PackageProblem::messageKey).containsExactly("interchange.package.yaml");
    }

    @Test
    void broken_yaml_names_its_line() {
        String manifest = "format: paralelo-course/1\ncode: prueba\ntitle: \"sin cerrar\n";

        PackageRead read = read(with(minimal("prueba"), "course.yaml", manifest));

        assertThat(read.errors()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("interchange.package.yaml");
            assertThat(p.line()).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void an_svg_with_external_entities_is_refused_without_being_parsed() {
        Map<String, byte[]> files = new LinkedHashMap<>(minimal("prueba"));
        files.put("lessons/l1.md", PackageFixtures.utf8("![mapa](media/mapa.svg)\n"));
        files.put("media/mapa.svg", PackageFixtures.utf8("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "&xxe;&xxe;">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&a;</text></svg>
                """));

        assertThat(read(files).errors()).containsExactly(
                new PackageProblem("lessons/l1.md", 1, "interchange.package.xml-media", "media/mapa.svg"));
    }

    @Test
    void a_file_path_that_climbs_out_of_the_package_is_an_error_not_a_read() {
        String manifest = PackageFixtures.MANIFEST.formatted("prueba").replace("file: lessons/l1.md",
                "file: ../../etc/passwd");

        assertThat(read(with(minimal("prueba"), "course.yaml", manifest)).errors()).containsExactly(
                new PackageProblem("course.yaml", 16, "interchange.package.unsafe-path", "../../etc/passwd"));
    }

    @Test
    void another_format_is_refused() {
        PackageRead read = read(with(minimal("prueba"), "course.yaml", "format: imscc/1.3\n"));

        assertThat(read.errors()).containsExactly(
                new PackageProblem("course.yaml", 1, "interchange.package.format", "imscc/1.3"));
    }

    @Test
    void no_manifest_is_an_error() {
        Map<String, byte[]> files = new LinkedHashMap<>(minimal("prueba"));
        files.remove("course.yaml");

        assertThat(read(files).errors()).extracting(PackageProblem::messageKey)
                .containsExactly("interchange.package.no-manifest");
    }

    @Test
    void bad_values_name_their_lines() {
        String manifest = PackageFixtures.MANIFEST.formatted("Prueba Mayúsculas")
                .replace("language: es-MX", "language: fr")
                .replace("passMarkPercent: 60", "passMarkPercent: 160")
                .replace("feedback: immediately", "feedback: nunca")
                .replace("required: true", "required: si")
                .replace("type: lesson", "type: video");

        assertThat(read(with(minimal("prueba"), "course.yaml", manifest)).errors()).containsExactlyInAnyOrder(
                new PackageProblem("course.yaml", 2, "interchange.package.bad-code", "Prueba Mayúsculas"),
                new PackageProblem("course.yaml", 3, "interchange.package.language", "fr"),
                new PackageProblem("course.yaml", 17, "interchange.package.bad-boolean", "required: si"),
                new PackageProblem("course.yaml", 13, "interchange.package.item-type", "video"),
                new PackageProblem("course.yaml", 24, "interchange.package.bad-number",
                        "passMarkPercent: 160 (0–100)"),
                new PackageProblem("course.yaml", 29, "interchange.package.bad-choice", "feedback: nunca"));
    }

    @Test
    void a_broken_gift_question_names_the_quiz_file_and_its_line() {
        Map<String, byte[]> files = with(minimal("prueba"), "quizzes/q1.gift",
                "¿Bien? {T}\n\n¿Mal? {\n=uno\n");

        assertThat(read(files).errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("quizzes/q1.gift");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void unknown_fields_and_unused_media_are_warnings() {
        Map<String, byte[]> files = with(with(minimal("prueba"), "course.yaml", manifest("colour: blue")),
                "media/sobra.pdf", "x");

        PackageRead read = read(files);
        assertThat(read.errors()).isEmpty();
        assertThat(read.warnings()).containsExactly(
                new PackageProblem("course.yaml", 8, "interchange.package.unknown-field", "colour"),
                new PackageProblem("media/sobra.pdf", 0, "interchange.package.unused-media", "media/sobra.pdf"));
    }

    @Test
    void aiken_files_are_read_as_quizzes_too() {
        String manifest = PackageFixtures.MANIFEST.formatted("prueba").replace("quizzes/q1.gift", "quizzes/q1.txt");
        Map<String, byte[]> files = with(with(minimal("prueba"), "course.yaml", manifest), "quizzes/q1.txt",
                "¿Capital de Oaxaca?\nA. Oaxaca de Juárez\nB. Puebla\nANSWER: A\n");

        PackageRead read = read(files);
        assertThat(read.errors()).isEmpty();
        assertThat(read.coursePackage().questionCount()).isEqualTo(1);
    }
}
