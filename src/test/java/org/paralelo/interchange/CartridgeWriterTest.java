package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writing a course as an IMS Common Cartridge 1.3, without a database. */
class CartridgeWriterTest {

    private static CartridgeWriter.Written written() {
        Map<String, byte[]> original = PackageFixtures.with(PackageFixtures.minimal("curso"), "quizzes/q1.gift",
                CartridgeRoundTripTest.QUIZ);
        return CartridgeWriter.write(PackageReader.read(PackageFiles.of(original)).coursePackage());
    }

    @Test
    void a_question_type_without_a_cc_equivalent_is_listed_as_lost_not_dropped() {
        assertThat(written().lost()).extracting(PackageProblem::messageKey, PackageProblem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("interchange.cc.export-lost", "Suma"));
    }

    @Test
    void the_manifest_declares_cc_1_3_with_a_folder_per_module_and_a_resource_per_item() {
        String manifest = new String(written().files().get("imsmanifest.xml"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("<schemaversion>1.3.0</schemaversion>", "<title>Primer módulo</title>",
                "identifierref=\"res-l1\"", "type=\"imsqti_xmlv1p2/imscc_xmlv1p3/assessment\"",
                "href=\"web_resources/media/plantilla.pdf\"");
    }

    @Test
    void lesson_pages_are_sanitised_html_linking_their_files_relatively() {
        String page = CartridgeWriter.page("T <b>", "# Hola\n\n[x](media/a.pdf)\n\n<script>alert(1)</script>");
        assertThat(page).contains("<title>T &lt;b&gt;</title>", "href=\"../web_resources/media/a.pdf\"")
                .doesNotContain("<script");
    }
}
