package org.paralelo.courses;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.HtmlSafety;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every payload of the corpus goes into every text field of a course (title, summary, module title and
 * objectives, lesson title) and into lesson Markdown, is published, and is rendered by the learner screens. Text
 * fields must come back as text; the only HTML on the page (the lesson body) must be inert.
 */
class XssThroughAuthoringTest extends KaribuTest {

    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;
    @Autowired
    AccountService accounts;
    @Autowired
    EnrolmentService enrolments;

    @Test
    void no_payload_in_any_course_field_or_lesson_survives_rendering_as_something_executable() {
        String trainer = People.uniqueUsername("xss");
        People.create(accounts, trainer, Role.TRAINER);
        String reader = People.uniqueUsername("lectora-xss");
        People.create(accounts, reader, Role.LEARNER);
        List<String> corpus = HtmlSafety.payloads();
        int checked = 0;
        for (String payload : corpus) {
            String title = payload.length() > 200 ? payload.substring(0, 200) : payload;
            String[] keys = new String[2];
            CourseId course = As.user(trainer, Courses.TRAINER, () -> {
                CourseId id = authoring.createCourse(new CourseDetails(title, payload, "es-MX", 1,
                        Set.of(), null));
                keys[0] = authoring.addModule(id, title, payload);
                keys[1] = authoring.addItem(id, keys[0], ItemKind.LESSON, title, true);
                authoring.saveLesson(id, keys[1], payload + "\n\n" + payload, authoring.lesson(id, keys[1]).version());
                publishing.publish(id);
                return id;
            });
            // Lessons are for enrolled learners: the reader joins each course first, as on its page.
            As.user(reader, new String[] {"LEARNER"}, () -> enrolments.enrolMe(course));
            signIn(reader, "LEARNER");
            UI.getCurrent().navigate("cursos/" + course.value());
            assertThat(_get(H1.class).getText()).as("course title shown as text").isEqualTo(title.strip());
            _find(Html.class).forEach(html -> HtmlSafety.assertInert(html.getInnerHtml(), payload));

            UI.getCurrent().navigate("cursos/" + course.value() + "/lecciones/" + keys[1]);
            // Two pieces of markup: the outline, with the titles escaped into it, and the sanitised lesson body.
            List<Html> markup = _find(Html.class);
            assertThat(markup).as("outline and lesson body for %s", payload).hasSize(2);
            markup.forEach(html -> HtmlSafety.assertInert(html.getInnerHtml(), payload));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(100);
    }
}
