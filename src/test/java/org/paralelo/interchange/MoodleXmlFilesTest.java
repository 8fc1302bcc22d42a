package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.TrueFalse;

/**
 * Moodle XML's embedded files ({@code @@PLUGINFILE@@}), hints, penalties and units: files in a question text come
 * out for the importer to store; what Paralelo cannot hold is named in a warning.
 */
class MoodleXmlFilesTest {

    private static final String PNG = Base64.getEncoder().encodeToString(CartridgeFixtures.png());

    private static String question(String text, String files, String extra) {
        return """
                  <question type="truefalse">
                    <name><text>Q</text></name>
                    <questiontext format="html"><text><![CDATA[%s]]></text>%s</questiontext>
                    <answer fraction="100"><text>true</text></answer>
                    <answer fraction="0"><text>false</text></answer>%s
                  </question>
                """.formatted(text, files, extra);
    }

    private static String file(String name, String base64) {
        return "<file name=\"" + name + "\" path=\"/\" encoding=\"base64\">" + base64 + "</file>";
    }

    @Test
    void two_questions_with_a_picture_of_the_same_name_keep_both_pictures() {
        String other = Base64.getEncoder().encodeToString("otra".getBytes());
        GiftResult read = MoodleXmlReader.parse("<quiz>\n"
                + question("<p><img src=\"@@PLUGINFILE@@/mapa%20de%20ruta.png\" alt=\"Mapa\"></p>",
                file("mapa de ruta.png", PNG), "")
                + question("<p><img src=\"@@PLUGINFILE@@/mapa%20de%20ruta.png\"></p>", file("mapa de ruta.png", other), "")
                + "</quiz>");

        assertThat(read.problems()).isEmpty();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.questions()).extracting(q -> q.question().text())
                .containsExactly("![Mapa](media/moodle/q1-mapa-de-ruta.png)", "![](media/moodle/q2-mapa-de-ruta.png)");
        assertThat(read.files().get("media/moodle/q1-mapa-de-ruta.png")).isEqualTo(CartridgeFixtures.png());
        assertThat(read.files().get("media/moodle/q2-mapa-de-ruta.png")).isEqualTo("otra".getBytes());
    }

    @Test
    void a_link_to_a_file_the_question_lacks_and_a_file_that_is_not_base64_are_warned_and_left_out() {
        GiftResult read = MoodleXmlReader.parse("<quiz>\n"
                + question("<p>A <img src=\"@@PLUGINFILE@@/falta.png\"> B <img src=\"@@PLUGINFILE@@/roto.png\"></p>",
                file("roto.png", "¡no es base64!"), "")
                + "</quiz>");

        assertThat(read.questions()).hasSize(1);
        assertThat(read.questions().getFirst().question().text()).doesNotContain("@@PLUGINFILE@@", "falta", "roto");
        assertThat(read.files()).isEmpty();
        assertThat(read.warnings()).extracting(GiftProblem::line, GiftProblem::messageKey, GiftProblem::detail)
                .containsExactly(tuple(2, "interchange.moodlexml.missing-file", "falta.png"),
                        tuple(2, "interchange.moodlexml.bad-file", "roto.png"));
    }

    @Test
    void a_picture_in_feedback_is_named_in_a_warning_because_feedback_is_text_only() {
        GiftResult read = MoodleXmlReader.parse("""
                <quiz>
                  <question type="truefalse">
                    <name><text>Q</text></name>
                    <questiontext format="html"><text>¿Sí?</text></questiontext>
                    <generalfeedback format="html"><text><![CDATA[Mira <img src="@@PLUGINFILE@@/g.png" alt="gráfica">]]></text>
                      %s</generalfeedback>
                    <answer fraction="100"><text>true</text>
                      <feedback format="html"><text>Bien</text>%s</feedback></answer>
                    <answer fraction="0"><text>false</text></answer>
                  </question>
                </quiz>""".formatted(file("g.png", PNG), file("b.png", PNG)));

        assertThat(read.questions()).hasSize(1);
        Question q = read.questions().getFirst().question();
        assertThat(q.generalFeedback()).isEqualTo("Mira gráfica");
        assertThat(q.body()).isEqualTo(new TrueFalse(true, "Bien", ""));
        assertThat(read.files()).isEmpty();
        assertThat(read.warnings()).extracting(GiftProblem::messageKey, GiftProblem::detail)
                .containsExactly(tuple("interchange.moodlexml.feedback-image", "g.png"),
                        tuple("interchange.moodlexml.feedback-image", "b.png"));
    }

    @Test
    void hints_and_their_penalty_are_warned_and_a_penalty_alone_is_not() {
        GiftResult read = MoodleXmlReader.parse("<quiz>\n"
                + question("¿Con pistas?", "", """
                    <penalty>0.3333333</penalty>
                    <hint format="html"><text>Piensa en la ley.</text></hint>
                    <hint format="html"><text>Artículo 27.</text></hint>""")
                + question("¿Sin pistas?", "", "<penalty>0.3333333</penalty><hint format=\"html\"><text></text></hint>")
                + "</quiz>");

        assertThat(read.questions()).hasSize(2);
        assertThat(read.warnings()).extracting(GiftProblem::line, GiftProblem::messageKey, GiftProblem::arguments)
                .containsExactly(tuple(2, "interchange.moodlexml.hints-left-out", List.of("2", "33")));
    }

    @Test
    void numeric_units_are_warned_naming_the_unit_graded_and_unused_units_are_not() {
        String units = """
                <units><unit><multiplier>1</multiplier><unit_name>m</unit_name></unit>
                <unit><multiplier>100</multiplier><unit_name>cm</unit_name></unit></units>""";
        GiftResult read = MoodleXmlReader.parse("""
                <quiz>
                  <question type="numerical"><name><text>N</text></name>
                    <questiontext format="html"><text>¿Largo del escenario?</text></questiontext>
                    <answer fraction="100"><text>12</text><tolerance>0.5</tolerance></answer>
                    <showunits>0</showunits>%s
                  </question>
                  <question type="numerical"><name><text>N2</text></name>
                    <questiontext format="html"><text>¿Sillas?</text></questiontext>
                    <answer fraction="100"><text>120</text></answer>
                    <showunits>3</showunits>%s
                  </question>
                </quiz>""".formatted(units, units));

        assertThat(read.questions()).extracting(q -> q.question().body()).containsExactly(
                new Numeric(List.of(new Numeric.Answer("12", "0.5", new BigDecimal("100"), "")), ""),
                new Numeric(List.of(new Numeric.Answer("120", "", new BigDecimal("100"), "")), ""));
        assertThat(read.warnings()).extracting(GiftProblem::line, GiftProblem::messageKey, GiftProblem::arguments)
                .containsExactly(tuple(2, "interchange.moodlexml.units-left-out", List.of("m ×1, cm ×100", "m")));
    }

    @Test
    void the_writer_embeds_the_files_a_question_links_to_and_the_reader_brings_them_back() {
        Question q = new Question("Mira ![plano](media/12/plano%20sala.png) y ![otra vez](media/12/plano%20sala.png)"
                + " y ![perdida](media/99/x.png)", BigDecimal.ONE, "", new TrueFalse(true, "", ""));
        String xml = MoodleXmlWriter.write(List.of(new ParsedQuestion(0, "C", q)),
                link -> link.startsWith("media/12/") ? Optional.of(CartridgeFixtures.png()) : Optional.empty());

        assertThat(xml).contains("@@PLUGINFILE@@/plano-sala.png", "<file name=\"plano-sala.png\" path=\"/\""
                + " encoding=\"base64\">" + PNG + "</file>");
        GiftResult back = MoodleXmlReader.parse(xml);
        assertThat(back.problems()).isEmpty();
        assertThat(back.questions().getFirst().question().text()).isEqualTo("Mira ![plano](media/moodle/q2-plano-sala.png)"
                + " y ![otra vez](media/moodle/q2-plano-sala.png) y ![perdida](media/99/x.png)");
        assertThat(back.files()).containsOnlyKeys("media/moodle/q2-plano-sala.png");
        assertThat(back.files().values()).allSatisfy(bytes -> assertThat(bytes).isEqualTo(CartridgeFixtures.png()));
    }
}
