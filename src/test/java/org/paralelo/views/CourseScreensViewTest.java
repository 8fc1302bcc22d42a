package org.paralelo.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.paralelo.base.ui.PageNotFoundView;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.People;
import org.paralelo.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class CourseScreensViewTest extends KaribuTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    AccountService accounts;
    @Autowired
    EnrolmentService enrolment;

    /** A learner enrolled in the sample course (learners read lessons once enrolled). */
    private String enrolledReader() {
        String reader = People.uniqueUsername("lector");
        People.create(accounts, reader, Role.LEARNER);
        CourseCard course = sampleCourse();
        As.user(reader, new String[] {"LEARNER"}, () -> enrolment.enrolMe(course.id()));
        return reader;
    }

    @Test
    void a_learner_sees_the_sample_course_in_the_catalogue_and_opens_its_syllabus_once_enrolled() {
        signIn(enrolledReader(), "LEARNER");
        UI.getCurrent().navigate("cursos");

        Anchor card = _get(Anchor.class, spec -> spec.withText("Bienvenida a Paralelo: cómo aprender en la plataforma"));
        UI.getCurrent().navigate(card.getHref());

        assertThat(_get(H1.class).getText()).startsWith("Bienvenida a Paralelo");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref).filter(h -> h.contains("/lecciones/")).distinct())
                .hasSize(3);
    }

    @Test
    void a_lesson_renders_its_markdown_and_links_to_the_next_lesson() {
        signIn(enrolledReader(), "LEARNER");
        CourseCard course = sampleCourse();
        UI.getCurrent().navigate("cursos/" + course.id().value());
        String firstLesson = _find(Anchor.class).stream().map(Anchor::getHref)
                .filter(h -> h.contains("/lecciones/")).findFirst().orElseThrow();

        UI.getCurrent().navigate(firstLesson);

        // The lesson's own text (the outline above it is markup too).
        Article body = _get(Article.class, spec -> spec.withClasses("lesson-body"));
        assertThat(_get(body, Html.class).getInnerHtml()).contains("<h2>");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Siguiente →", "Temario");
    }

    @Test
    void a_malformed_or_unknown_course_address_shows_not_found() {
        signIn("lector", "LEARNER");
        UI.getCurrent().navigate("cursos/abc");
        assertThat(_get(PageNotFoundView.class)).isNotNull();

        UI.getCurrent().navigate("cursos/987654321");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("La dirección no existe o no tienes acceso a ella.");
    }

    private CourseCard sampleCourse() {
        return As.user("lector", new String[] {"LEARNER"}, () -> catalogue.publishedCourses()).stream()
                .filter(c -> c.title().startsWith("Bienvenida")).findFirst().orElseThrow();
    }
}
