package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.interchange.PackageFixtures.utf8;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionType;

/** Reading IMS Common Cartridges: real exports from Canvas, and one written here with every kind of resource. */
class CartridgeReaderTest {

    private static final Pattern ITEM_REF = Pattern.compile("<item [^>]*identifierref=\"([^\"]+)\"");

    private static CoursePackage read(PackageFiles files) {
        PackageRead read = CartridgeReader.read(files);
        assertThat(read.errors()).isEmpty();
        assertThat(read.coursePackage()).isNotNull();
        return read.coursePackage();
    }

    private static List<CoursePackage.Item> items(CoursePackage pkg) {
        return pkg.modules().stream().flatMap(m -> m.items().stream()).toList();
    }

    @Test
    void every_real_cartridge_is_recognised_from_its_manifest() {
        for (String name : CartridgeFixtures.REAL) {
            assertThat(CartridgeReader.isCartridge(CartridgeFixtures.files(CartridgeFixtures.real(name))))
                    .as(name).isTrue();
        }
    }

    @Test
    void every_item_of_each_real_cartridges_organisation_becomes_a_lesson_or_a_quiz() {
        for (String name : CartridgeFixtures.REAL) {
            PackageFiles files = CartridgeFixtures.files(CartridgeFixtures.real(name));
            String manifest = new String(files.read("imsmanifest.xml").orElseThrow(), StandardCharsets.UTF_8);
            Matcher ref = ITEM_REF.matcher(manifest);
            int placed = 0;
            while (ref.find()) {
                placed++;
            }
            PackageRead read = CartridgeReader.read(files);
            assertThat(read.errors()).as(name).isEmpty();
            int imported = items(read.coursePackage()).size();
            assertThat(imported).as(name + ": every placed item imported (and unplaced content added)")
                    .isGreaterThanOrEqualTo(placed);
        }
    }

    @Test
    void canvas_single_page_cartridge_gives_one_module_with_its_page_as_markdown() {
        CoursePackage pkg = read(CartridgeFixtures.files(CartridgeFixtures.real("single-page.imscc")));
        assertThat(pkg.modules()).hasSize(1);
        assertThat(pkg.lessonCount()).isEqualTo(1);
        assertThat(pkg.code()).startsWith("cc-");
        CoursePackage.Item page = items(pkg).getFirst();
        assertThat(page.file()).isEqualTo("wiki_content/our-purpose.html");
        assertThat(page.markdown()).isNotBlank().doesNotContain("<html", "<meta");
    }

    @Test
    void canvas_latex_cartridge_gives_its_module_and_both_pages() {
        CoursePackage pkg = read(CartridgeFixtures.files(CartridgeFixtures.real("latex.imscc")));
        assertThat(pkg.modules()).extracting(CoursePackage.Module::title).containsExactly("Example Module");
        assertThat(items(pkg)).extracting(CoursePackage.Item::title).containsExactly("Page 1", "Page 2");
        assertThat(items(pkg).getFirst().markdown()).contains("This is a test");
    }

    @Test
    void canvas_quiz_cartridge_gives_three_quizzes_with_every_question_of_the_cc_profile() {
        PackageFiles files = CartridgeFixtures.files(CartridgeFixtures.real("canvas-quizzes.imscc"));
        CoursePackage pkg = read(files);
        assertThat(pkg.modules()).extracting(CoursePackage.Module::title).containsExactly("md 1");
        assertThat(items(pkg)).extracting(CoursePackage.Item::title)
                .containsExactly("Grouped questions", "Mixed Quiz", "Ungrouped Quiz");
        for (CoursePackage.Item quiz : items(pkg)) {
            String qti = new String(files.read(quiz.file()).orElseThrow(), StandardCharsets.UTF_8);
            int inFile = qti.split("<item ident=", -1).length - 1;
            assertThat(quiz.quiz()).isTrue();
            assertThat(quiz.questions()).as(quiz.file()).hasSize(inFile);
        }
        assertThat(items(pkg).get(1).questions()).extracting(q -> q.question().type())
                .containsExactly(QuestionType.ESSAY, QuestionType.TRUE_FALSE);
        assertThat(((QuestionBody.TrueFalse) items(pkg).get(1).questions().get(1).question().body()).answer())
                .isTrue();
    }

    @Test
    void canvas_assignments_outside_any_module_are_kept_as_lessons_and_settings_are_reported() {
        PackageRead read = CartridgeReader.read(CartridgeFixtures.files(
                CartridgeFixtures.real("canvas_cc_gem_course.imscc")));
        assertThat(read.errors()).isEmpty();
        CoursePackage pkg = read.coursePackage();
        assertThat(pkg.modules()).extracting(CoursePackage.Module::title).containsExactly("Recursos fuera de módulos");
        assertThat(pkg.lessonCount()).isEqualTo(3);
        assertThat(read.warnings()).extracting(PackageProblem::messageKey)
                .contains("interchange.cc.kept-as-lesson", "interchange.cc.unplaced", "interchange.cc.missing-file");
    }

    @Test
    void a_cartridge_with_every_kind_maps_each_and_reports_what_has_no_equivalent() {
        PackageRead read = CartridgeReader.read(PackageFiles.of(CartridgeFixtures.everyKind()));
        assertThat(read.errors()).isEmpty();
        CoursePackage pkg = read.coursePackage();
        assertThat(pkg.title()).isEqualTo("Gestión cultural");
        assertThat(pkg.code()).isEqualTo("cc-curso-gesti-n-2026");
        assertThat(pkg.modules()).extracting(CoursePackage.Module::title)
                .containsExactly("Primer módulo", "Segundo módulo");
        assertThat(items(pkg)).extracting(CoursePackage.Item::title)
                .containsExactly("Introducción", "Guía", "Cultura", "Foro", "Evaluación");
        String intro = items(pkg).getFirst().markdown();
        assertThat(intro).contains("media/web_resources/logo-azul.png", "media/web_resources/guia.pdf",
                "https://example.org/a").doesNotContain("script", "alert", "passwd");
        assertThat(pkg.media()).containsOnlyKeys("media/web_resources/logo-azul.png", "media/web_resources/guia.pdf");
        assertThat(items(pkg).get(2).markdown()).contains("https://www.gob.mx/cultura");
        assertThat(items(pkg).get(3).markdown()).contains("Cuéntanos de tu casa de cultura.");
        assertThat(items(pkg).get(4).questions()).extracting(q -> q.question().type()).containsExactly(
                QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.SHORT_ANSWER, QuestionType.ESSAY);
        assertThat(read.warnings()).extracting(PackageProblem::messageKey).contains("interchange.cc.lti-lost",
                "interchange.cc.discussion-as-lesson", "interchange.cc.unsupported-question");
    }

    @Test
    void cc_profile_questions_keep_their_right_answers_credits_and_feedback() {
        GiftResult parsed = QtiReader.parse(utf8(CartridgeFixtures.QTI));
        assertThat(parsed.problems()).isEmpty();
        var single = (QuestionBody.SingleChoice) parsed.questions().get(0).question().body();
        assertThat(single.options()).extracting(QuestionBody.SingleChoice.Option::correct).containsExactly(true, false);
        assertThat(single.options().getFirst().feedback()).isEqualTo("Correcto");
        assertThat(parsed.questions().get(0).question().text()).contains("**presupuesto**");
        assertThat(parsed.questions().get(0).question().generalFeedback()).isEqualTo("Repasa el módulo 1.");
        var multiple = (QuestionBody.MultipleChoice) parsed.questions().get(1).question().body();
        assertThat(multiple.options()).extracting(o -> o.credit().signum()).containsExactly(1, 1, -1);
        assertThat(((QuestionBody.TrueFalse) parsed.questions().get(2).question().body()).answer()).isFalse();
        var blank = (QuestionBody.ShortAnswer) parsed.questions().get(3).question().body();
        assertThat(blank.answers()).extracting(QuestionBody.ShortAnswer.Accepted::text).containsExactly("Guadalajara");
        assertThat(parsed.warnings()).singleElement().satisfies(w -> assertThat(w.detail()).contains("pattern_match"));
    }

    @Test
    void a_manifest_with_a_doctype_is_refused_so_no_entity_expands_or_reaches_a_file() {
        Map<String, byte[]> files = CartridgeFixtures.everyKind();
        files.put("imsmanifest.xml", utf8("""
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">
                <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <manifest xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1"><metadata><schema>IMS Common
                Cartridge</schema></metadata><organizations/><resources/>&xxe;&b;</manifest>"""));
        PackageFiles cartridge = PackageFiles.of(files);
        assertThat(CartridgeReader.isCartridge(cartridge)).isTrue();
        PackageRead read = CartridgeReader.read(cartridge);
        assertThat(read.coursePackage()).isNull();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("interchange.cc.not-xml");
            assertThat(e.detail()).doesNotContain("root:");
        });
    }

    @Test
    void links_that_climb_out_of_the_cartridge_or_leave_it_are_not_resolved_to_files() {
        assertThat(CartridgeLessons.resolve("pages/a.html", "../../etc/passwd")).isNull();
        assertThat(CartridgeLessons.resolve("pages/a.html", "https://example.org/x.png")).isNull();
        assertThat(CartridgeLessons.resolve("pages/a.html", "javascript:alert(1)")).isNull();
        assertThat(CartridgeLessons.resolve("pages/a.html", "/etc/passwd")).isNull();
        assertThat(CartridgeLessons.resolve("pages/a.html", "img/../b.png")).isEqualTo("pages/b.png");
        assertThat(CartridgeLessons.resolve("wiki/a.html", "%24IMS-CC-FILEBASE%24/x%20y.pdf"))
                .isEqualTo("web_resources/x y.pdf");
    }

    @Test
    void a_course_package_is_not_taken_for_a_cartridge() {
        assertThat(CartridgeReader.isCartridge(PackageFiles.of(PackageFixtures.minimal("curso")))).isFalse();
        assertThat(CartridgeReader.isCartridge(PackageFiles.of(Map.of("imsmanifest.xml",
                utf8("<manifest><metadata><schema>ADL SCORM</schema></metadata></manifest>"))))).isFalse();
    }

    @Test
    void two_files_whose_names_clean_up_to_the_same_name_stay_two_files() {
        Map<String, byte[]> files = CartridgeFixtures.everyKind();
        files.put("web_resources/logo-azul.png", utf8("otro logo"));
        files.put("pages/intro.html", utf8("""
                <html><body><p><img src="../web_resources/logo%20azul.png" alt="uno">
                <img src="../web_resources/logo-azul.png" alt="dos"> <img src="../web_resources/logo%20azul.png"
                alt="uno otra vez"></p></body></html>"""));

        CoursePackage pkg = read(PackageFiles.of(files));

        assertThat(pkg.format()).isEqualTo("IMS Common Cartridge 1.3.0");
        assertThat(pkg.media()).containsKeys("media/web_resources/logo-azul.png", "media/web_resources/logo-azul-2.png");
        assertThat(pkg.media().get("media/web_resources/logo-azul.png")).isEqualTo(CartridgeFixtures.png());
        assertThat(pkg.media().get("media/web_resources/logo-azul-2.png")).isEqualTo(utf8("otro logo"));
        String intro = items(pkg).getFirst().markdown();
        assertThat(intro).contains("![uno](media/web_resources/logo-azul.png)", "![dos](media/web_resources/logo-azul-2.png)",
                "![uno otra vez](media/web_resources/logo-azul.png)");
    }

    @Test
    void the_lom_description_becomes_the_course_summary_as_text_without_its_html() {
        String description = "&lt;p&gt;Un curso &lt;b&gt;práctico&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                + " &amp;amp; breve.&lt;/p&gt;&lt;img src=x onerror=alert(2)&gt;";

        PackageRead read = CartridgeReader.read(PackageFiles.of(withDescription(description)));

        assertThat(read.errors()).isEmpty();
        assertThat(read.coursePackage().summary()).isEqualTo("Un curso práctico & breve.");
        assertThat(read.warnings()).extracting(PackageProblem::messageKey).doesNotContain("interchange.cc.summary-cut");
    }

    @Test
    void a_description_longer_than_a_summary_is_cut_with_a_warning_and_an_empty_one_gives_no_summary() {
        PackageRead longOne = CartridgeReader.read(PackageFiles.of(withDescription("palabra ".repeat(1_000))));
        PackageRead empty = CartridgeReader.read(PackageFiles.of(withDescription("   ")));

        assertThat(longOne.coursePackage().summary()).hasSizeLessThanOrEqualTo(CartridgeReader.MAX_SUMMARY)
                .startsWith("palabra palabra").endsWith("…");
        assertThat(longOne.warnings()).extracting(PackageProblem::messageKey).contains("interchange.cc.summary-cut");
        assertThat(empty.coursePackage().summary()).isEmpty();
    }

    /**
     * The summary is plain text (a payload hidden in a CDATA section or in entities comes out as literal text), so
     * what matters is the page: the course card shows it as a paragraph's text, which stays inert.
     */
    @Test
    void every_payload_of_the_xss_corpus_as_a_description_reads_and_is_inert_on_the_course_card() {
        for (String payload : org.paralelo.support.HtmlSafety.payloads()) {
            String escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");

            PackageRead read = CartridgeReader.read(PackageFiles.of(withDescription(escaped)));

            assertThat(read.errors()).as(payload).isEmpty();
            String summary = read.coursePackage().summary();
            assertThat(summary).as(payload).hasSizeLessThanOrEqualTo(CartridgeReader.MAX_SUMMARY);
            org.paralelo.support.HtmlSafety.assertInert(new com.vaadin.flow.component.html.Paragraph(summary)
                    .getElement().getOuterHTML(), payload);
        }
    }

    private static Map<String, byte[]> withDescription(String description) {
        Map<String, byte[]> files = CartridgeFixtures.everyKind();
        files.put("imsmanifest.xml", utf8(CartridgeFixtures.MANIFEST.replace(
                "<lomimscc:language>es</lomimscc:language>", "<lomimscc:language>es</lomimscc:language>"
                        + "<lomimscc:description><lomimscc:string>" + description
                        + "</lomimscc:string></lomimscc:description>")));
        return files;
    }
}
