package org.paralelo.reporting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin home: admins land on it from the root address, and it names what needs attention with links. */
class AdminHomeViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;

    @Test
    void an_admin_opening_the_root_address_lands_on_what_needs_attention() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Qué necesita atención");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Calificación pendiente",
                "Cursos sin formador", "Cuentas nuevas", "Respaldos");
        assertThat(link("attention-grading").getHref()).isEqualTo("imparto/calificar");
        assertThat(link("attention-backup").getHref()).isEqualTo("admin/respaldos");
    }

    @Test
    void a_course_whose_only_trainer_was_disabled_is_listed_with_a_link_to_its_editor() {
        String trainer = People.uniqueUsername("se-fue");
        PersonId id = People.create(accounts, trainer, Role.TRAINER);
        CourseId course = Courses.withOneLesson(authoring, trainer, "Curso huérfano " + trainer);
        String taught = People.uniqueUsername("sigue");
        People.create(accounts, taught, Role.TRAINER);
        CourseId kept = Courses.withOneLesson(authoring, taught, "Curso atendido " + taught);
        As.admin(() -> accounts.setEnabled(id, false, accounts.find(id).orElseThrow().version()));

        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("admin/inicio");

        Section card = _get(Section.class, spec -> spec.withId("attention-courses"));
        assertThat(_find(card, Anchor.class).stream().map(Anchor::getHref))
                .contains(AuthoringPaths.courseEditor(course))
                .doesNotContain(AuthoringPaths.courseEditor(kept));
    }

    @Test
    void a_new_account_is_counted_and_named_among_the_newest() {
        String newcomer = People.uniqueUsername("recien");
        People.create(accounts, newcomer, Role.LEARNER);

        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("admin/inicio");

        String card = _get(Section.class, spec -> spec.withId("attention-sign-ups")).getElement().getTextRecursively();
        assertThat(card).contains("en los últimos 7 días", newcomer);
        assertThat(link("attention-sign-ups").getHref()).isEqualTo("admin/personas");
    }

    @Test
    void the_admin_home_speaks_english() {
        useLanguage(Languages.ENGLISH);
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("admin/inicio");

        assertThat(_get(H1.class).getText()).isEqualTo("What needs attention");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Grading to do", "Courses without a trainer",
                "New accounts", "Backups");
    }

    @Test
    void trainers_and_learners_cannot_open_the_admin_home() {
        signIn(People.uniqueUsername("formadora"), "TRAINER");
        UI.getCurrent().navigate("admin/inicio");
        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain("Qué necesita atención");

        signIn(People.uniqueUsername("aprendiz"), "LEARNER");
        UI.getCurrent().navigate("admin/inicio");
        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain("Qué necesita atención");
    }

    private static Anchor link(String cardId) {
        return _get(_get(Section.class, spec -> spec.withId(cardId)), Anchor.class);
    }
}
