package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.OneConnectionTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A question import that keeps what it can stores each embedded file apart from the questions, so a refused file
 * costs only its own question; storing it must not wait for a second connection while the import holds one.
 */
@OneConnectionTest
@Tag("persistence")
class QuestionMediaOnOneConnectionTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired QuestionImportService questions;

    @Test
    void a_picture_is_stored_and_a_false_one_refused_with_one_free_connection() {
        String trainer = People.created(accounts, "una-conexion", Role.TRAINER);
        CourseId course = Courses.withOneLesson(authoring, trainer, "Una conexión");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><quiz>"
                + question("Plano", "plano.png", CartridgeFixtures.png())
                + question("Foto", "foto.png", "no soy una imagen".getBytes()) + "</quiz>";

        QuestionImportReport report = As.user(trainer, Courses.TRAINER,
                () -> questions.importQuestions(course, xml, false, false));

        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.lines()).extracting(QuestionImportReport.Line::status, QuestionImportReport.Line::field)
                .containsExactly(tuple("ok", ""), tuple("error", "foto.png"));
    }

    private static String question(String title, String file, byte[] bytes) {
        return """
                <question type="truefalse"><name><text>%s</text></name>
                  <questiontext format="html"><text><![CDATA[<p><img src="@@PLUGINFILE@@/%s" alt="%s"></p>]]></text>
                    <file name="%s" path="/" encoding="base64">%s</file></questiontext>
                  <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question>""".formatted(title, file, title, file, Base64.getMimeEncoder().encodeToString(bytes));
    }
}
