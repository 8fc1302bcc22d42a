package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Description;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;

/** Moodle XML questions in and out: every type and a description survive a round trip; what cannot is reported. */
class MoodleXmlTest {

    private static final List<ParsedQuestion> BANK = List.of(
            new ParsedQuestion(0, "Costos", new Question("Antes de empezar: ten a mano tu **presupuesto**.",
                    BigDecimal.ZERO, "", new Description(), "Intro")),
            new ParsedQuestion(0, "Costos", new Question("¿Qué es un costo fijo?", new BigDecimal("2"),
                    "Repasa la lección 2.", new SingleChoice(List.of(
                    new SingleChoice.Option("", "La renta", true, "¡Sí!"),
                    new SingleChoice.Option("", "El sueldo fijo", true, ""),
                    new SingleChoice.Option("", "Los boletos", false, new BigDecimal("25"), "Casi."))),
                    "Fijos", "costos-1", List.of("costos", "m1"))),
            new ParsedQuestion(0, "Costos", new Question("¿Cuáles son costos fijos?", BigDecimal.ONE, "",
                    new MultipleChoice(List.of(new MultipleChoice.Option("", "Renta", new BigDecimal("50"), ""),
                            new MultipleChoice.Option("", "Sueldo", new BigDecimal("50"), "Bien."),
                            new MultipleChoice.Option("", "Boletos <impresos> & más", new BigDecimal("-100"), ""))))),
            new ParsedQuestion(0, "Derechos", new Question("La obra se protege al registrarse.", BigDecimal.ONE, "",
                    new TrueFalse(false, "No: desde su creación.", "Correcto.")))
            ,
            new ParsedQuestion(0, "Derechos", new Question("¿Qué oficina registra obras?", BigDecimal.ONE, "",
                    new ShortAnswer(List.of(new ShortAnswer.Accepted("INDAUTOR", ""),
                            new ShortAnswer.Accepted("Instituto", new BigDecimal("50"), "Más preciso.")), true, false,
                            "No."))),
            new ParsedQuestion(0, "Derechos", new Question("¿Cuántos años?", BigDecimal.ONE, "",
                    new Numeric(List.of(new Numeric.Answer("100", "", QuestionBody.FULL_CREDIT, ""),
                            new Numeric.Answer("75", "5", new BigDecimal("50"), "Cerca.")), "Revisa la ley."))),
            new ParsedQuestion(0, "Derechos", new Question("Relaciona", BigDecimal.ONE, "", new Matching(List.of(
                    new Matching.Pair("", "Licencia", "Permiso"), new Matching.Pair("", "Cesión", "Transmisión"),
                    new Matching.Pair("", "", "Donación"))))),
            new ParsedQuestion(0, "Derechos", new Question("Ordena", BigDecimal.ONE, "", new Ordering(List.of(
                    new Ordering.Item("", "Crear"), new Ordering.Item("", "Registrar"))))),
            new ParsedQuestion(0, "Derechos", new Question("Explica tu política cultural.", new BigDecimal("4"),
                    "", new Essay("Busca ejemplos locales."))));

    @Test
    void every_type_and_a_description_come_back_unchanged_with_their_categories() {
        String xml = MoodleXmlWriter.write(BANK);
        GiftResult read = MoodleXmlReader.parse(xml);

        assertThat(read.problems()).isEmpty();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.questions()).extracting(ParsedQuestion::category, ParsedQuestion::question)
                .containsExactlyElementsOf(BANK.stream().map(q -> tuple(q.category(), q.question())).toList());
        assertThat(MoodleXmlReader.looksLikeMoodleXml(xml)).isTrue();
        assertThat(MoodleXmlReader.looksLikeMoodleXml("::T::¿Sí? {T}")).isFalse();
    }

    @Test
    void a_file_exported_by_moodle_is_read_with_html_turned_into_markdown_and_plain_text() {
        GiftResult read = MoodleXmlReader.parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                <!-- question: 0  -->
                  <question type="category">
                    <category><text>$course$/top/Default for Gestión/Costos</text></category>
                  </question>
                  <question type="multichoice">
                    <name><text>Colores</text></name>
                    <questiontext format="html">
                      <text><![CDATA[<p>¿Qué hay entre <b>naranja</b> y verde?</p>]]></text>
                    </questiontext>
                    <generalfeedback format="html"><text></text></generalfeedback>
                    <defaultgrade>1.0000000</defaultgrade>
                    <penalty>0.3333333</penalty>
                    <hidden>0</hidden>
                    <idnumber>col-1</idnumber>
                    <single>false</single>
                    <answer fraction="33.33333" format="html"><text><![CDATA[<p>amarillo</p>]]></text>
                      <feedback format="html"><text><![CDATA[<p>bien</p>]]></text></feedback></answer>
                    <answer fraction="33.33333" format="html"><text>ámbar</text><feedback/></answer>
                    <answer fraction="33.33333" format="html"><text>oro</text><feedback/></answer>
                    <answer fraction="-100" format="html"><text>azul</text><feedback/></answer>
                    <tags><tag><text>colores</text></tag></tags>
                  </question>
                  <question type="calculated">
                    <name><text>Área</text></name>
                    <questiontext format="html"><text>Calcula {a} por {b}</text></questiontext>
                  </question>
                  <question type="truefalse">
                    <name><text>Gráfica</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Mira <img src="@@PLUGINFILE@@/g.png"></p>]]></text>
                      <file name="g.png" path="/" encoding="base64">iVBORw0KGgo=</file></questiontext>
                    <answer fraction="100" format="moodle_auto_format"><text>true</text>
                      <feedback format="html"><text>Sí</text></feedback></answer>
                    <answer fraction="0" format="moodle_auto_format"><text>false</text>
                      <feedback format="html"><text>No</text></feedback></answer>
                  </question>
                </quiz>
                """);

        assertThat(read.problems()).isEmpty();
        assertThat(read.questions()).hasSize(2);
        ParsedQuestion colours = read.questions().getFirst();
        assertThat(colours.category()).isEqualTo("Default for Gestión/Costos");
        assertThat(colours.line()).isEqualTo(7);
        assertThat(colours.question().text()).isEqualTo("¿Qué hay entre **naranja** y verde?");
        assertThat(colours.question().idNumber()).isEqualTo("col-1");
        assertThat(colours.question().tags()).containsExactly("colores");
        assertThat(((MultipleChoice) colours.question().body()).options())
                .extracting(MultipleChoice.Option::text, MultipleChoice.Option::feedback)
                .containsExactly(tuple("amarillo", "bien"), tuple("ámbar", ""), tuple("oro", ""), tuple("azul", ""));
        assertThat(read.questions().get(1).question().body()).isEqualTo(new TrueFalse(true, "Sí", "No"));
        // The embedded picture travels with the question, for the importer to store (MoodleXmlFilesTest).
        assertThat(read.questions().get(1).question().text()).isEqualTo("Mira ![](media/moodle/q4-g.png)");
        assertThat(read.files()).containsOnlyKeys("media/moodle/q4-g.png");
        assertThat(read.warnings()).extracting(GiftProblem::line, GiftProblem::messageKey, GiftProblem::detail)
                .containsExactly(tuple(25, "interchange.moodlexml.unsupported-type", "calculated · Área"));
    }

    @Test
    void a_doctype_is_refused_so_no_entity_expands() {
        GiftResult read = MoodleXmlReader.parse("""
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <quiz><question type="essay"><name><text>&b;</text></name></question></quiz>""");
        assertThat(read.questions()).isEmpty();
        assertThat(read.problems()).extracting(GiftProblem::messageKey)
                .containsExactly("interchange.moodlexml.not-xml");
    }

    @Test
    void broken_xml_and_another_root_are_refused_with_a_message() {
        assertThat(MoodleXmlReader.parse("<quiz><question>").problems()).extracting(GiftProblem::messageKey)
                .containsExactly("interchange.moodlexml.not-xml");
        assertThat(MoodleXmlReader.parse("<?xml version=\"1.0\"?><html/>").problems())
                .extracting(GiftProblem::messageKey, GiftProblem::detail)
                .containsExactly(tuple("interchange.moodlexml.no-quiz", "html"));
    }

    @Test
    void a_question_broken_by_a_model_rule_names_its_line_and_field() {
        GiftResult read = MoodleXmlReader.parse("""
                <quiz>
                  <question type="matching">
                    <name><text>M</text></name>
                    <questiontext format="html"><text>Relaciona</text></questiontext>
                    <subquestion format="html"><text>a</text><answer><text>1</text></answer></subquestion>
                    <subquestion format="html"><text>b</text><answer><text></text></answer></subquestion>
                  </question>
                </quiz>""");
        assertThat(read.problems()).extracting(GiftProblem::line, GiftProblem::messageKey, GiftProblem::field)
                .containsExactly(tuple(2, "error.required", "pairs.1.answer"));
    }
}
