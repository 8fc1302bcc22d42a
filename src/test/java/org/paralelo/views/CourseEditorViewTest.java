package org.paralelo.views;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDraft;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseState;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

class CourseEditorViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;

    String trainer;

    @BeforeEach
    void aSignedInTrainer() {
        trainer = People.uniqueUsername("editora");
        People.create(accounts, trainer, Role.TRAINER);
        signIn(trainer, "TRAINER");
    }

    @Test
    void a_trainer_creates_a_course_adds_a_module_and_a_lesson_and_previews_it_live() {
        UI.getCurrent().navigate("imparto");
        _click(_get(Button.class, spec -> spec.withId("new-course")));
        _setValue(_get(TextField.class, spec -> spec.withId("course-title")), "Públicos para la casa de cultura");
        _click(_get(Button.class, spec -> spec.withId("create-course")));

        assertThat(_get(H1.class, spec -> spec.withId("editor-title")).getText())
                .isEqualTo("Públicos para la casa de cultura");
        _click(_get(Button.class, spec -> spec.withId("add-module")));
        _setValue(_get(TextField.class, spec -> spec.withId("module-title")), "Conocer a los públicos");
        _click(_get(Button.class, spec -> spec.withId("save-module")));
        _click(_get(Button.class, spec -> spec.withText("Agregar lección")));
        _setValue(_get(TextField.class, spec -> spec.withId("item-title")), "¿Quién viene a la casa de cultura?");
        _click(_get(Button.class, spec -> spec.withId("create-item")));

        TextArea markdown = _get(TextArea.class, spec -> spec.withId("lesson-markdown"));
        _setValue(markdown, "## Encuesta\n\n| Edad | Personas |\n|---|---|\n| 18-29 | 40 |");
        assertThat(_get(Html.class).getInnerHtml()).contains("<h2>Encuesta</h2>", "<table>");
        _click(_get(Button.class, spec -> spec.withId("save-lesson")));
        expectNotifications("Cambios guardados en el borrador.");
    }

    @Test
    void items_move_with_buttons_as_well_as_by_dragging() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Orden con botones");
        As.user(trainer, Courses.TRAINER, () -> {
            String module = authoring.draft(course).modules().getFirst().key();
            authoring.addItem(course, module, org.paralelo.courses.ItemKind.LESSON, "Segunda lección", true);
        });
        UI.getCurrent().navigate("autoria/cursos/" + course.value());

        _click(_find(Button.class).stream()
                .filter(b -> "Subir: Segunda lección".equals(b.getAriaLabel().orElse(null))).findFirst().orElseThrow());

        CourseDraft draft = As.user(trainer, Courses.TRAINER, () -> authoring.draft(course));
        assertThat(draft.modules().getFirst().items()).extracting(CourseDraft.ItemDraft::title)
                .containsExactly("Segunda lección", "Costos fijos y variables");
    }

    @Test
    void a_module_dragged_onto_another_module_takes_its_place() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Arrastrar módulos");
        As.user(trainer, Courses.TRAINER, () -> authoring.addModule(course, "Segundo módulo", ""));
        UI.getCurrent().navigate("autoria/cursos/" + course.value());
        List<Div> heads = _find(Div.class).stream().filter(d -> d.hasClassName("module-head")).toList();
        assertThat(heads).hasSize(2);

        // What the browser sends for a drag of the second module's heading onto the first one's.
        ComponentUtil.fireEvent(heads.get(1), new DragStartEvent<>(heads.get(1), true));
        ComponentUtil.fireEvent(heads.get(0), new DropEvent<>(heads.get(0), true, "move"));

        CourseDraft draft = As.user(trainer, Courses.TRAINER, () -> authoring.draft(course));
        assertThat(draft.modules()).extracting(CourseDraft.ModuleDraft::title)
                .containsExactly("Segundo módulo", "Módulo 1");
    }

    @Test
    void publishing_an_empty_course_shows_a_clear_message_and_the_course_stays_a_draft() {
        CourseId course = As.user(trainer, Courses.TRAINER, () -> authoring.createCourse(Courses.details("Vacío")));
        UI.getCurrent().navigate("autoria/cursos/" + course.value());

        _click(_get(Button.class, spec -> spec.withId("publish")));
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("No se puede publicar un curso vacío: agrega al menos un módulo con una lección o un cuestionario.");
        assertThat(As.user(trainer, Courses.TRAINER, () -> authoring.draft(course)).state()).isEqualTo(CourseState.DRAFT);
    }

    @Test
    void publishing_shows_the_new_version_and_the_preview_link_opens_the_draft_as_a_learner_sees_it() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Publicar desde el editor");
        UI.getCurrent().navigate("autoria/cursos/" + course.value());

        _click(_get(Button.class, spec -> spec.withId("publish")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("publish-changes")).getElement()
                .getTextRecursively())
                .isEqualTo("Primera versión");
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("Se publicó la versión 1. Las personas inscritas ya la ven.");
        assertThat(_get(Span.class, spec -> spec.withId("course-state")).getText()).isEqualTo("Publicado · v1");
        String preview = _get(Anchor.class, spec -> spec.withId("preview")).getHref();
        assertThat(preview).endsWith("?vista-previa");
        UI.getCurrent().navigate(preview.substring(0, preview.indexOf('?')), QueryParameters.fromString("vista-previa"));
        assertThat(_get(H1.class).getText()).isEqualTo("Publicar desde el editor");
        List<String> links = _find(Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).anyMatch(href -> href.contains("/lecciones/") && href.endsWith("?vista-previa"));
    }

    @Test
    void publish_lists_what_changed_since_the_last_version_and_is_disabled_when_nothing_did() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Cambios por publicar");
        As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));
        UI.getCurrent().navigate("autoria/cursos/" + course.value());

        Button publish = _get(Button.class, spec -> spec.withId("publish"));
        assertThat(publish.isEnabled()).as("nothing changed since v1").isFalse();
        assertThat(publish.getTooltip().getText()).contains("No hay nada nuevo que publicar");

        As.user(trainer, Courses.TRAINER, () -> authoring.addModule(course, "Módulo nuevo", "Objetivos"));
        UI.getCurrent().navigate("imparto");
        UI.getCurrent().navigate("autoria/cursos/" + course.value());
        _click(_get(Button.class, spec -> spec.withId("publish")));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("publish-changes")).getElement()
                .getTextRecursively())
                .contains("Módulo nuevo");
        _fireCancel(_get(ConfirmDialog.class));
        assertThat(As.user(trainer, Courses.TRAINER, () -> authoring.draft(course)).publishedVersion())
                .as("cancelled: still v1").isEqualTo(1);
    }

    @Test
    void another_trainer_cannot_open_the_editor_of_a_course_they_do_not_teach() {
        CourseId course = Courses.withOneLesson(authoring, trainer, "Ajeno");
        String stranger = People.uniqueUsername("ajeno");
        People.create(accounts, stranger, Role.TRAINER);
        signIn(stranger, "TRAINER");

        UI.getCurrent().navigate("autoria/cursos/" + course.value());

        assertThat(_get(H1.class).getText()).isEqualTo("No encontramos esta página");
        assertThat(_find(Button.class, spec -> spec.withId("publish"))).isEmpty();
    }
}
