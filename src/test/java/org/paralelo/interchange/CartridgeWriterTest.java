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
                .contains(org.assertj.core.groups.Tuple.tuple("interchange.cc.export-lost", "Suma"));
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

    @Test
    void quiz_settings_partial_credits_points_and_hours_are_written_where_cc_and_qti_carry_them() {
        Map<String, byte[]> files = written().files();
        String quiz = new String(files.get("quizzes/q1.xml"), StandardCharsets.UTF_8);
        String manifest = new String(files.get("imsmanifest.xml"), StandardCharsets.UTF_8);

        assertThat(quiz).contains("<fieldlabel>qmd_timelimit</fieldlabel><fieldentry>10</fieldentry>",
                "<fieldlabel>cc_maxattempts</fieldlabel><fieldentry>2</fieldentry>",
                "<fieldlabel>paralelo_pass_mark</fieldlabel><fieldentry>60</fieldentry>",
                "<fieldlabel>paralelo_credits</fieldlabel><fieldentry>50,50,-100</fieldentry>",
                "<fieldlabel>qmd_weighting</fieldlabel><fieldentry>1</fieldentry>",
                "<setvar action=\"Set\" varname=\"SCORE\">25</setvar>",
                "<setvar action=\"Set\" varname=\"SCORE\">50</setvar>");
        assertThat(manifest).contains("<lomimscc:duration>PT2H</lomimscc:duration>");
        assertThat(written().lost()).extracting(PackageProblem::messageKey)
                .contains("interchange.cc.export-settings-paralelo-only");
    }
}
