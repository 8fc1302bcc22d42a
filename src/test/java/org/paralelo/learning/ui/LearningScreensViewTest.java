package org.paralelo.learning.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.provider.Query;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDetails;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishingService;
import org.paralelo.courses.TopicService;
import org.paralelo.courses.TopicView;
import org.paralelo.learning.CertificateService;
import org.paralelo.learning.CompletionMode;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.Downloads;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

class LearningScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired CertificateService certificates;
    @Autowired TopicService topics;
    @Autowired ProgressService progress;

    LearningFixture fixture;
    String learner;

    @BeforeEach
    void aCourse() {
        fixture = new LearningFixture(accounts, authoring, publishing);
        learner = LearningFixture.learner(accounts);
    }

    @Test
    void a_learner_enrols_on_the_course_page_marks_lessons_done_and_gets_a_certificate_anyone_can_verify() {
        As.user(fixture.trainer, new String[] {"TRAINER"}, () -> enrolment.saveRules(fixture.course,
                new org.paralelo.learning.EnrolmentRules(true, null, null, CompletionMode.BY_BUTTON, 0)));
        signIn(learner, "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.lesson(fixture.course, fixture.lesson1));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("a lesson of a course one is not enrolled in leads to the course page")
                .isEqualTo(LearnerPaths.coursePage(fixture.course));
        assertThat(lessonLinks()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("enrol")));

        assertThat(lessonLinks()).hasSize(3);
        assertThat(_get(Anchor.class, spec -> spec.withId("continue")).getHref())
                .isEqualTo(LearnerPaths.lesson(fixture.course, fixture.lesson1));
        for (String lesson : new String[] {fixture.lesson1, fixture.lesson2}) {
            UI.getCurrent().navigate(LearnerPaths.lesson(fixture.course, lesson));
            _click(_get(Button.class, spec -> spec.withId("mark-done")));
            assertThat(_get(Span.class, spec -> spec.withId("lesson-done")).getElement().getTextRecursively()).contains("Lección terminada");
        }

        UI.getCurrent().navigate(LearnerPaths.coursePage(fixture.course));
        assertThat(_find(Anchor.class, spec -> spec.withClasses("certificate-download"))).hasSize(1);
        UI.getCurrent().navigate("mis-cursos");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("my-courses-completed"))
                .getElement().getTextRecursively()).contains("Aprender", "2 de 2 obligatorios · 100 %");

        String code = As.user(learner, LearningFixture.LEARNER, () -> certificates.myCertificate(fixture.course))
                .orElseThrow().code();
        signOut();
        UI.getCurrent().navigate("verify/" + code);
        assertThat(_get(Span.class, spec -> spec.withId("verify-verdict")).getText()).isEqualTo("Certificado válido");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-course")).getText()).isEqualTo("Curso: Aprender");

        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("certificados");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("certificate-search")), code);
        @SuppressWarnings("unchecked")
        Grid<org.paralelo.learning.CertificateView> grid = _get(Grid.class, spec -> spec.withId("certificates"));
        assertThat(grid.getDataProvider().fetch(new Query<>()).toList()).hasSize(1);
        _click((Button) _getCellComponent(grid, 0, "state"));
        _fireConfirm(_get(ConfirmDialog.class));

        signOut();
        UI.getCurrent().navigate("verify/" + code);
        assertThat(_get(Span.class, spec -> spec.withId("verify-verdict")).getText())
                .isEqualTo("Certificado revocado");
        UI.getCurrent().navigate("verify/NO-EXISTE");
        assertThat(_get(Span.class, spec -> spec.withId("verify-verdict")).getText())
                .isEqualTo("No existe ningún certificado con ese código.");
    }

    @Test
    void reaching_the_end_of_a_lesson_completes_it_when_the_course_says_so() {
        As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(fixture.course));
        signIn(learner, "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.lesson(fixture.course, fixture.lesson1));
        assertThat(_find(Button.class, spec -> spec.withId("mark-done"))).isEmpty();

        _get(LessonView.class).reachedEnd(fixture.lesson1);

        assertThat(_get(Span.class, spec -> spec.withId("lesson-done")).getElement().getTextRecursively()).contains("Lección terminada");
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("lesson-outline"))
                .getSummaryText()).contains("1 de 2 obligatorios");
    }

    @Test
    void the_end_of_a_lesson_seen_after_the_learner_moved_on_does_not_complete_the_next_one() {
        As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(fixture.course));
        signIn(learner, "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.lesson(fixture.course, fixture.lesson1));
        UI.getCurrent().navigate(LearnerPaths.lesson(fixture.course, fixture.lesson2));

        _get(LessonView.class).reachedEnd(fixture.lesson1);

        assertThat(_find(Span.class, spec -> spec.withId("lesson-done"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("lesson-outline"))
                .getSummaryText()).contains("0 de 2 obligatorios");
    }

    @Test
    void one_outline_stays_on_the_lesson_page_across_navigations_and_completion() {
        As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(fixture.course));
        signIn(learner, "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.lesson(fixture.course, fixture.lesson1));
        Details first = _get(Details.class, spec -> spec.withId("lesson-outline"));

        UI.getCurrent().navigate(LearnerPaths.lesson(fixture.course, fixture.lesson2));
        _get(LessonView.class).reachedEnd(fixture.lesson2);

        assertThat(_find(Details.class, spec -> spec.withId("lesson-outline"))).containsExactly(first);
        assertThat(currentInOutline()).isEqualTo("Segunda");
        assertThat(first.getSummaryText()).contains("1 de 2 obligatorios");
    }

    @Test
    void the_catalogue_filters_by_language_and_a_trainer_manages_learners_of_their_course() {
        signIn(learner, "LEARNER");
        UI.getCurrent().navigate("cursos");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Aprender");
        @SuppressWarnings("unchecked")
        ComboBox<java.util.Locale> language = _get(ComboBox.class, spec -> spec.withId("catalogue-language"));
        _setValue(language, java.util.Locale.ENGLISH);
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).doesNotContain("Aprender");

        As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(fixture.course));
        signIn(fixture.trainer, "TRAINER");
        UI.getCurrent().navigate(LearnerPaths.learners(fixture.course));
        @SuppressWarnings("unchecked")
        Grid<org.paralelo.learning.LearnerRow> grid = _get(Grid.class, spec -> spec.withId("learners"));
        assertThat(grid.getDataProvider().fetch(new Query<>()).map(r -> r.person().username()).toList())
                .containsExactly(learner);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CompletionMode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("completion-mode"));
        _setValue(mode, CompletionMode.BY_BUTTON);
        _click(_get(Button.class, spec -> spec.withId("save-enrolment-settings")));
        assertThat(As.user(fixture.trainer, new String[] {"TRAINER"}, () -> enrolment.rules(fixture.course))
                .completionMode()).isEqualTo(CompletionMode.BY_BUTTON);
    }

    @Test
    void the_catalogue_filters_by_topic() {
        String policyTitle = "Política " + fixture.trainer;
        publishedCourse(fixture.trainer, policyTitle, "es-MX", 4, "politica-cultural");
        signIn(learner, "LEARNER");
        UI.getCurrent().navigate("cursos");
        assertThat(cardTitles()).contains("Aprender", policyTitle);

        @SuppressWarnings("unchecked")
        ComboBox<TopicView> topic = _get(ComboBox.class, spec -> spec.withId("catalogue-topic"));
        _setValue(topic, topicCoded("politica-cultural"));
        assertThat(cardTitles()).contains(policyTitle).doesNotContain("Aprender");

        _setValue(topic, topicCoded("gestion-empresarial"));
        assertThat(cardTitles()).contains("Aprender").doesNotContain(policyTitle);

        _setValue(topic, topicCoded("asuntos-juridicos"));
        assertThat(cardTitles()).doesNotContain("Aprender", policyTitle);
    }

    @Test
    void the_course_page_shows_its_trainers_estimated_hours_and_language_with_singular_and_plural() {
        String coTrainer = People.uniqueUsername("coimparte");
        PersonId coTrainerId = People.create(accounts, coTrainer, Role.TRAINER);
        As.user(fixture.trainer, Courses.TRAINER, () -> authoring.setCoTrainers(fixture.course, Set.of(coTrainerId)));
        String shortTitle = "Taller breve " + fixture.trainer;
        CourseId oneHour = publishedCourse(fixture.trainer, shortTitle, "en", 1, "mercadotecnia");
        signIn(learner, "LEARNER");

        UI.getCurrent().navigate(LearnerPaths.coursePage(fixture.course));
        assertThat(_get(Span.class, spec -> spec.withId("course-facts")).getText())
                .isEqualTo("6 horas estimadas · español");
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-trainers")).getText())
                .isEqualTo("Imparte: María " + fixture.trainer + ", María " + coTrainer);
        UI.getCurrent().navigate(LearnerPaths.coursePage(oneHour));
        assertThat(_get(Span.class, spec -> spec.withId("course-facts")).getText())
                .isEqualTo("1 hora estimada · inglés");
        UI.getCurrent().navigate("cursos");
        assertThat(cardFacts(shortTitle)).isEqualTo("1 h · 1 lección · inglés");
        assertThat(cardFacts("Aprender")).isEqualTo("6 h · 3 lecciones · español");

        useLanguage(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(LearnerPaths.coursePage(oneHour));
        assertThat(_get(Span.class, spec -> spec.withId("course-facts")).getText())
                .isEqualTo("1 estimated hour · English");
        UI.getCurrent().navigate(LearnerPaths.coursePage(fixture.course));
        assertThat(_get(Span.class, spec -> spec.withId("course-facts")).getText())
                .isEqualTo("6 estimated hours · Spanish");
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-trainers")).getText())
                .isEqualTo("Trainers: María " + fixture.trainer + ", María " + coTrainer);
        UI.getCurrent().navigate("cursos");
        assertThat(cardFacts(shortTitle)).isEqualTo("1 h · 1 lesson · English");
    }

    @Test
    void my_certificates_lists_each_certificate_with_its_state_download_and_verification_even_once_unpublished() {
        LearningFixture revokedCourse = new LearningFixture(accounts, authoring, publishing);
        String kept = completed(fixture);
        String revoked = completed(revokedCourse);
        As.admin(() -> certificates.revoke(revoked));
        As.user(fixture.trainer, Courses.TRAINER, () -> publishing.unpublish(fixture.course));
        signIn(learner, "LEARNER");
        UI.getCurrent().navigate("mis-cursos");

        assertThat(text(_get(Section.class, spec -> spec.withId("my-certificates")))).startsWith("Mis certificados");
        Article valid = _get(Article.class, spec -> spec.withId("certificate-" + kept));
        assertThat(text(valid)).contains("Aprender", "Certificado válido", kept);
        Downloads.Download pdf = Downloads.of(_get(valid, Anchor.class,
                spec -> spec.withClasses("certificate-download")));
        assertThat(pdf.contentDisposition()).contains("certificado-" + kept + ".pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(_get(valid, Anchor.class, spec -> spec.withClasses("certificate-verify")).getHref())
                .isEqualTo("verify/" + kept);

        Article gone = _get(Article.class, spec -> spec.withId("certificate-" + revoked));
        assertThat(text(gone)).contains("Certificado revocado", revoked);
        assertThat(_find(gone, Anchor.class, spec -> spec.withClasses("certificate-download"))).isEmpty();
        assertThat(_get(gone, Anchor.class, spec -> spec.withClasses("certificate-verify")).getHref())
                .isEqualTo("verify/" + revoked);

        assertThat(text(_get(Div.class, spec -> spec.withId("my-courses-completed"))))
                .as("the unpublished course stays as completed").contains("Aprender",
                        "Este curso ya no está publicado.");
        assertThat(_find(Div.class, spec -> spec.withId("my-courses-underway"))).isEmpty();

        useLanguage(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("cursos");
        UI.getCurrent().navigate("mis-cursos");
        assertThat(text(_get(Section.class, spec -> spec.withId("my-certificates")))).startsWith("My certificates");
        assertThat(Downloads.of(_get(_get(Article.class, spec -> spec.withId("certificate-" + kept)), Anchor.class,
                spec -> spec.withClasses("certificate-download"))).contentDisposition())
                .contains("certificate-" + kept + ".pdf");
    }

    @Test
    void an_enrolled_learner_walks_the_course_with_next_and_previous_and_the_outline_follows() {
        As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(fixture.course));
        signIn(learner, "LEARNER");
        String first = LearnerPaths.lesson(fixture.course, fixture.lesson1);
        String second = LearnerPaths.lesson(fixture.course, fixture.lesson2);
        String third = LearnerPaths.lesson(fixture.course, fixture.optional);
        String syllabus = LearnerPaths.coursePage(fixture.course);

        UI.getCurrent().navigate(first);
        assertThat(pager()).containsExactly("Temario @ " + syllabus, "Siguiente → @ " + second);
        assertThat(currentInOutline()).isEqualTo("Costos fijos y variables");

        UI.getCurrent().navigate(link("Siguiente →"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(second);
        assertThat(pager()).containsExactly("← Anterior @ " + first, "Temario @ " + syllabus,
                "Siguiente → @ " + third);
        assertThat(currentInOutline()).isEqualTo("Segunda");

        UI.getCurrent().navigate(link("Siguiente →"));
        assertThat(pager()).as("the last item has no next").containsExactly("← Anterior @ " + second,
                "Temario @ " + syllabus);
        assertThat(currentInOutline()).isEqualTo("Opcional");

        UI.getCurrent().navigate(link("← Anterior"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(second);
        // Each page opened is remembered on the server: "Continue" leads back to the last one.
        assertThat(As.user(learner, LearningFixture.LEARNER, () -> progress.myProgress(fixture.course))
                .orElseThrow().nextItemKey()).isEqualTo(fixture.lesson2);
    }

    @Test
    void each_learner_screen_has_its_own_localised_title() {
        As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(fixture.course));
        signIn(learner, "LEARNER");
        assertThat(titleAt("mis-cursos")).isEqualTo("Mis cursos · Paralelo");
        assertThat(titleAt("cursos")).isEqualTo("Catálogo de cursos · Paralelo");
        assertThat(titleAt(LearnerPaths.coursePage(fixture.course))).isEqualTo("Aprender · Paralelo");
        assertThat(titleAt(LearnerPaths.lesson(fixture.course, fixture.lesson1)))
                .isEqualTo("Costos fijos y variables · Paralelo");
        assertThat(titleAt("cursos/987654321")).isEqualTo("No encontramos esta página · Paralelo");
        assertThat(titleAt("verify/NO-EXISTE")).isEqualTo("Verificación de certificado · Paralelo");

        useLanguage(java.util.Locale.ENGLISH);
        assertThat(titleAt("mis-cursos")).isEqualTo("My courses · Paralelo");
        assertThat(titleAt("cursos")).isEqualTo("Course catalogue · Paralelo");
        assertThat(titleAt("verify/NO-EXISTE")).isEqualTo("Certificate verification · Paralelo");

        useLanguage(org.paralelo.base.Languages.SPANISH);
        signIn(fixture.trainer, "TRAINER");
        assertThat(titleAt(LearnerPaths.learners(fixture.course))).isEqualTo("Participantes: Aprender · Paralelo");
        signIn("admin", "ADMIN");
        assertThat(titleAt("certificados")).isEqualTo("Certificados · Paralelo");
    }

    /** The pager's links as "text @ address", in order. */
    private static java.util.List<String> pager() {
        Nav pager = _get(Nav.class, spec -> spec.withClasses("pager"));
        return _find(pager, Anchor.class).stream().map(a -> a.getText() + " @ " + a.getHref()).toList();
    }

    private static String link(String text) {
        return _get(_get(Nav.class, spec -> spec.withClasses("pager")), Anchor.class, spec -> spec.withText(text))
                .getHref();
    }

    /** The title of the outline entry marked as the current page. */
    private static String currentInOutline() {
        // The outline is one HTML node (issue #16): its links are markup, not Anchor components.
        Html outline = _get(_get(Details.class, spec -> spec.withId("lesson-outline")), Html.class);
        return org.jsoup.Jsoup.parseBodyFragment(outline.getInnerHtml()).select("a[aria-current=page]").text();
    }

    /** The learner completes the fixture's course; returns their certificate's code. */
    private String completed(LearningFixture course) {
        return As.user(learner, LearningFixture.LEARNER, () -> {
            enrolment.enrolMe(course.course);
            progress.completeLesson(course.course, course.lesson1);
            progress.completeLesson(course.course, course.lesson2);
            return certificates.myCertificate(course.course).orElseThrow().code();
        });
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    /** A published course with one lesson, in the given language, hours and topic. */
    private CourseId publishedCourse(String trainer, String title, String language, int hours, String topic) {
        return As.user(trainer, Courses.TRAINER, () -> {
            CourseId id = authoring.createCourse(new CourseDetails(title, "Resumen.", language, hours, Set.of(topic),
                    null));
            String module = authoring.addModule(id, "Módulo", "");
            String lesson = authoring.addItem(id, module, ItemKind.LESSON, "Lección", true);
            authoring.saveLesson(id, lesson, "Texto.", authoring.lesson(id, lesson).version());
            publishing.publish(id);
            return id;
        });
    }

    private TopicView topicCoded(String code) {
        return As.admin(() -> topics.list()).stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private static java.util.List<String> cardTitles() {
        return _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("catalogue-cards")).stream()
                .flatMap(cards -> _find(cards, Anchor.class).stream()).map(Anchor::getText).toList();
    }

    /** The facts line of the first catalogue card with this title. */
    private static String cardFacts(String title) {
        return _find(com.vaadin.flow.component.html.Article.class).stream()
                .filter(card -> _find(card, Anchor.class).stream().anyMatch(a -> a.getText().equals(title)))
                .findFirst().map(card -> _get(card, Span.class, spec -> spec.withClasses("facts")).getText())
                .orElseThrow();
    }

    private static java.util.List<String> lessonLinks() {
        return _find(Anchor.class).stream().map(Anchor::getHref).filter(h -> h.contains("/lecciones/")).distinct()
                .toList();
    }

    private static void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
