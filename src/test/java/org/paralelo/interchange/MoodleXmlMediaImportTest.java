package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuestionSummary;
import org.paralelo.courses.CourseId;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Moodle XML file's embedded pictures go into the media library (checked by their bytes) and come back out
 * embedded when the bank is exported; a file that is not what its name says refuses its question.
 */
@ParaleloSpringTest
@Tag("persistence")
class MoodleXmlMediaImportTest {

    private static final Pattern STORED = Pattern.compile("media/(\\d+)/[^)]+");

    @Autowired
    AccountService accounts;
    @Autowired
    CoursePackageService packages;
    @Autowired
    QuestionImportService questions;
    @Autowired
    QuestionBankService bank;
    @Autowired
    MediaService media;

    private String trainer;
    private CourseId course;

    @BeforeEach
    void course() {
        trainer = People.uniqueUsername("imagenes");
        People.create(accounts, trainer, Role.TRAINER);
        course = newCourse();
    }

    private CourseId newCourse() {
        String code = People.uniqueUsername("imagenes").toLowerCase();
        return new CourseId(asTrainer(() -> packages.importPackage(PackageFiles.of(PackageFixtures.minimal(code)),
                ImportOptions.asDraft())).courseId());
    }

    private <T> T asTrainer(Supplier<T> work) {
        return As.user(trainer, new String[] {"TRAINER"}, work);
    }

    private static String moodle(String name, byte[] bytes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category"><category><text>$course$/top/Escenarios</text></category></question>
                  <question type="truefalse">
                    <name><text>Plano</text></name>
                    <questiontext format="html"><text><![CDATA[<p>¿Cabe el público? <img src="@@PLUGINFILE@@/%s" alt="Plano"></p>]]></text>
                      <file name="%s" path="/" encoding="base64">%s</file></questiontext>
                    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                  </question>
                  <question type="truefalse">
                    <name><text>Sin imagen</text></name>
                    <questiontext format="html"><text>¿Hay salida de emergencia?</text></questiontext>
                    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                  </question>
                </quiz>""".formatted(name, name, Base64.getMimeEncoder().encodeToString(bytes));
    }

    private String textOf(CourseId in, String title) {
        QuestionSummary summary = asTrainer(() -> bank.allQuestions(in)).stream()
                .filter(s -> asTrainer(() -> bank.question(in, s.key())).question().title().equals(title))
                .findFirst().orElseThrow();
        return asTrainer(() -> bank.question(in, summary.key())).question().text();
    }

    private byte[] storedBytes(String markdown) {
        Matcher link = STORED.matcher(markdown);
        assertThat(link.find()).as("a stored media link in %s", markdown).isTrue();
        return asTrainer(() -> {
            try (InputStream in = media.open(new MediaId(Long.parseLong(link.group(1)))).content().open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void an_embedded_picture_is_stored_and_travels_back_out_and_into_another_course() {
        QuestionImportReport report = asTrainer(() -> questions.importQuestions(course,
                moodle("plano sala.png", CartridgeFixtures.png()), false, true));

        assertThat(report.errors()).isZero();
        assertThat(report.stored()).isEqualTo(2);
        String text = textOf(course, "Plano");
        assertThat(text).startsWith("¿Cabe el público? ![Plano](media/").doesNotContain("moodle/", "@@PLUGINFILE@@");
        assertThat(storedBytes(text)).isEqualTo(CartridgeFixtures.png());

        String xml = asTrainer(() -> questions.exportMoodleXml(course));
        assertThat(xml).contains("@@PLUGINFILE@@/plano-sala.png",
                Base64.getEncoder().encodeToString(CartridgeFixtures.png()));

        CourseId other = newCourse();
        QuestionImportReport again = asTrainer(() -> questions.importQuestions(other, xml, false, true));
        assertThat(again.errors()).isZero();
        String otherText = textOf(other, "Plano");
        assertThat(otherText).startsWith("¿Cabe el público? ![Plano](media/");
        assertThat(storedBytes(otherText)).isEqualTo(CartridgeFixtures.png());
    }

    @Test
    void a_page_of_html_named_as_a_picture_is_refused_by_its_bytes_and_names_the_file() {
        byte[] hostile = "<html><script>alert(1)</script></html>".getBytes();

        QuestionImportReport some = asTrainer(() -> questions.importQuestions(course, moodle("foto.png", hostile),
                false, false));

        assertThat(some.stored()).isEqualTo(1);
        assertThat(some.lines()).extracting(QuestionImportReport.Line::status, QuestionImportReport.Line::field)
                .containsExactly(tuple("error", "foto.png"), tuple("ok", ""));
        assertThat(some.lines().getFirst().messageKey()).startsWith("error.media.");
    }

    @Test
    void all_or_nothing_stores_no_question_when_an_embedded_file_is_refused() {
        int before = asTrainer(() -> bank.allQuestions(course)).size();

        QuestionImportReport none = asTrainer(() -> questions.importQuestions(course,
                moodle("foto.png", "no soy una imagen".getBytes()), false, true));

        assertThat(none.applied()).isFalse();
        assertThat(none.stored()).isZero();
        assertThat(asTrainer(() -> bank.allQuestions(course))).hasSize(before);
        assertThat(none.lines()).extracting(QuestionImportReport.Line::status).containsExactly("error", "ok");
        assertThat(List.of(none.lines().getFirst().displayKey())).containsExactly("interchange.field-problem");
    }
}
