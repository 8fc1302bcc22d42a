package org.paralelo.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.people.ui.RegisterView;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** What a new trainer meets in the first hour (issue #11): the empty teaching page and the structure editor. */
class FirstHourViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;

    private void signedInTrainer(String name) {
        String trainer = People.uniqueUsername(name);
        People.create(accounts, trainer, Role.TRAINER);
        signIn(trainer, "TRAINER");
    }

    @Test
    void a_new_trainer_without_courses_is_told_to_start_one_not_to_wait_for_an_administrator() {
        signedInTrainer("nueva");

        UI.getCurrent().navigate("imparto");

        String text = _get(Paragraph.class, spec -> spec.withId("teaching-empty")).getText();
        assertThat(text).contains("«Nuevo curso»").doesNotContain("administradora");
        Div actions = (Div) _get(Button.class, spec -> spec.withId("new-course")).getParent().orElseThrow();
        assertThat(actions.getClassNames()).contains("page-actions");
        assertThat(actions.getChildren()).contains(_get(Anchor.class, spec -> spec.withId("teaching-packages")));
    }

    @Test
    void the_same_empty_page_reads_in_english() {
        signedInTrainer("newbie");
        useLanguage(Languages.ENGLISH);

        UI.getCurrent().navigate("imparto");

        assertThat(_get(Paragraph.class, spec -> spec.withId("teaching-empty")).getText())
                .contains("“New course”").doesNotContain("administrator");
    }

    @Test
    void a_course_published_just_now_is_suggested_on_the_learner_home_even_when_its_title_sorts_last() {
        String trainer = People.uniqueUsername("publica");
        People.create(accounts, trainer, Role.TRAINER);
        for (String title : new String[] {"Aa primero", "Ab segundo", "Ac tercero", "Ad cuarto", "Ae quinto",
                "Af sexto", "Zz recién publicado"}) {
            CourseId course = Courses.withOneLesson(authoring, trainer, title);
            As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));
        }
        String learner = People.uniqueUsername("aprende");
        People.create(accounts, learner, Role.LEARNER);
        signIn(learner, "LEARNER");

        UI.getCurrent().navigate("mis-cursos");

        assertThat(_get(Div.class, spec -> spec.withId("available-courses")).getElement().getTextRecursively())
                .contains("Zz recién publicado");
    }

    @Test
    void a_visitor_whose_browser_speaks_english_registers_with_spanish_preselected_as_their_language() {
        useLanguage(Locale.US);
        UI.getCurrent().navigate(RegisterView.class);

        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language"));
        assertThat(language.getValue()).isEqualTo(Languages.SPANISH);
        assertThat(language.getListDataView().getItems()).contains(Languages.ENGLISH);
    }

    @Test
    void every_move_to_dropdown_of_the_structure_editor_has_a_visible_and_an_accessible_label() {
        String trainer = People.uniqueUsername("mueve");
        People.create(accounts, trainer, Role.TRAINER);
        CourseId course = Courses.withOneLesson(authoring, trainer, "Mover lecciones");
        As.user(trainer, Courses.TRAINER, () -> authoring.addModule(course, "Módulo 2", "Otro"));
        signIn(trainer, "TRAINER");

        UI.getCurrent().navigate("autoria/cursos/" + course.value());

        @SuppressWarnings("rawtypes")
        List<Select> moves = _find(Select.class).stream().filter(s -> s.hasClassName("move-to")).toList();
        assertThat(moves).isNotEmpty().allSatisfy(move -> {
            assertThat(move.getLabel()).isEqualTo("Mover a…");
            assertThat(move.getAriaLabel()).contains("Mover «Costos fijos y variables» a otro módulo");
        });
    }
}
