package org.paralelo.assessment;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.assessment.domain.QuizAttemptRepository;
import org.paralelo.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The quiz player and the grading queue with a mocked browser on the real services. */
class QuizPlayerViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizService quizzes;
    @Autowired
    PublishingService publishing;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    AttemptService attempts;
    @Autowired
    QuizAttemptRepository attemptRows;

    private AttemptFixture publish(List<Question> questions) {
        return AttemptFixture.publish(new AttemptFixture.Services(accounts, authoring, bank, quizzes, publishing, enrolments),
                AttemptFixture.settings(2, 30, FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST), questions);
    }

    private static Component card(String questionKey) {
        return _find(Component.class).stream().filter(c -> questionKey.equals(c.getElement()
                .getAttribute("data-question"))).findFirst().orElseThrow();
    }

    private static String status(String questionKey) {
        return _get(card(questionKey), Span.class, spec -> spec.withClasses("save-status")).getText();
    }

    @Test
    void a_learner_starts_answers_with_every_change_saved_resumes_and_submits_to_see_the_result() {
        AttemptFixture f = publish(List.of(QuizFixture.trueFalse(), QuizFixture.numeric(), AttemptFixture.essay()));
        signIn(f.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class)).extracting(li -> li.getElement().getText())
                .contains("Preguntas: 3", "Intentos: llevas 0 de 2");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(QuizFixture.QUIZ_TITLE + " · Paralelo");

        _click(_get(Button.class, spec -> spec.withId("start-attempt")));
        assertThat(_get(Span.class, spec -> spec.withId("attempt-timer"))).isNotNull();
        String tf = f.key(QuestionType.TRUE_FALSE);
        String number = f.key(QuestionType.NUMERIC);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> trueFalse = _get(card(tf), RadioButtonGroup.class);
        assertThat(trueFalse.getAriaLabel()).contains("Pregunta 1 de 3");
        _setValue(trueFalse, true);
        assertThat(status(tf)).isEqualTo("Guardado");
        _setValue(_get(card(number), TextField.class), "doce");
        assertThat(status(number)).startsWith("No se guardó: Escribe solo un número");
        _setValue(_get(card(number), TextField.class), "3,5");
        assertThat(status(number)).isEqualTo("Guardado");
        _setValue(_get(card(f.key(QuestionType.ESSAY)), TextArea.class), "Mi municipio apoya a las tejedoras.");

        // A reload (or another device) resumes the same attempt with every answer.
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));
        _click(_get(Button.class, spec -> spec.withId("resume-attempt")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> resumed = _get(card(tf), RadioButtonGroup.class);
        assertThat(resumed.getValue()).isTrue();
        assertThat(_get(card(number), TextField.class).getValue()).isEqualTo("3,5");
        assertThat(_get(card(f.key(QuestionType.ESSAY)), TextArea.class).getValue())
                .isEqualTo("Mi municipio apoya a las tejedoras.");

        _click(_get(Button.class, spec -> spec.withId("submit-attempt")));
        _fireConfirm(_get(ConfirmDialog.class));

        Div result = _get(Div.class, spec -> spec.withId("attempt-result"));
        assertThat(result.getElement().getTextRecursively()).contains("Puntos: 2 de 6")
                .contains("esperan la calificación");
    }

    /**
     * The browser shows "Guardando…" on its own while the learner types and may show it still when the server saves
     * an answer whose status was already "Guardado": every save therefore tells the browser its status again, with
     * the values the server holds, so that the browser can tell a change taken back from one still on its way.
     */
    @Test
    void every_save_tells_the_browser_its_status_and_the_answer_the_server_holds_the_second_save_of_a_card_too() {
        AttemptFixture f = publish(List.of(QuizFixture.numeric(), AttemptFixture.multipleChoice(),
                AttemptFixture.essay()));
        signIn(f.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));
        _click(_get(Button.class, spec -> spec.withId("start-attempt")));
        Component number = card(f.key(QuestionType.NUMERIC));
        TextField field = _get(number, TextField.class);

        _setValue(field, "doce");
        assertThat(serverSaid(number)).startsWith("refused|No se guardó: Escribe solo un número")
                .endsWith("|[\"doce\"]");
        _setValue(field, "3,5");
        assertThat(serverSaid(number)).isEqualTo("saved|Guardado|[\"3,5\"]");
        _setValue(field, "4");
        assertThat(serverSaid(number)).as("saved again: said again").isEqualTo("saved|Guardado|[\"4\"]");

        Component several = card(f.key(QuestionType.MULTIPLE_CHOICE));
        @SuppressWarnings("unchecked")
        CheckboxGroup<LearnerQuiz.Choice> boxes = _get(several, CheckboxGroup.class);
        _setValue(boxes, boxes.getListDataView().getItems().filter(c -> !c.text().startsWith("Boletos"))
                .collect(Collectors.toSet()));
        tools.jackson.databind.JsonNode ticked = (tools.jackson.databind.JsonNode) boxes.getElement()
                .getPropertyRaw("value");
        assertThat(ticked.size()).isEqualTo(2);
        assertThat(serverSaid(several)).as("the keys the browser holds, sorted as it sorts them")
                .isEqualTo(ticked.values().stream().map(tools.jackson.databind.JsonNode::asString).sorted()
                        .map(k -> "\"" + k + "\"").collect(Collectors.joining(",", "saved|Guardado|[[", "]]")));
        assertThat(status(f.key(QuestionType.MULTIPLE_CHOICE))).isEqualTo("Guardado");

        Component essay = card(f.key(QuestionType.ESSAY));
        _setValue(_get(essay, TextArea.class), "La política cultural del municipio ".repeat(3).strip());
        assertThat(serverSaid(essay)).as("a long answer goes back as its length and hash, not in full")
                .matches("saved\\|Guardado\\|\\[\"#104:[0-9a-f]{1,8}\"\\]");
    }

    /** What the last save told the browser about a card: "state|text|values" (then comes the card itself). */
    private static String serverSaid(Component card) {
        // A component's calls join the UI's list when the response is written.
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(call -> call.getOwner() == card.getElement().getNode())
                .filter(call -> call.getInvocation().getExpression().contains("__paraleloServerSaid"))
                .map(call -> call.getInvocation().getParameters().stream().limit(3).map(String::valueOf)
                        .collect(Collectors.joining("|")))
                .reduce((first, last) -> last).orElse("nothing");
    }

    @Test
    void a_description_shows_its_text_between_questions_without_number_field_or_status() {
        AttemptFixture f = publish(List.of(new Question("Para las siguientes preguntas usa **lápiz y papel**.",
                BigDecimal.ZERO, "", new QuestionBody.Description()), QuizFixture.trueFalse()));
        signIn(f.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class)).extracting(li -> li.getElement().getText())
                .contains("Preguntas: 1");
        _click(_get(Button.class, spec -> spec.withId("start-attempt")));

        Component description = card(f.key(QuestionType.DESCRIPTION));
        assertThat(description.getElement().getClassList()).contains("quiz-description");
        assertThat(_get(description, com.vaadin.flow.component.Html.class).getInnerHtml())
                .contains("<strong>lápiz y papel</strong>");
        assertThat(_find(description, RadioButtonGroup.class)).isEmpty();
        assertThat(_find(description, Span.class, spec -> spec.withClasses("save-status"))).isEmpty();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> trueFalse = _get(card(f.key(QuestionType.TRUE_FALSE)), RadioButtonGroup.class);
        assertThat(trueFalse.getAriaLabel()).contains("Pregunta 1 de 1");
        _setValue(trueFalse, true);

        _click(_get(Button.class, spec -> spec.withId("submit-attempt")));
        assertThat(_get(ConfirmDialog.class).getElement().getTextRecursively() + _get(ConfirmDialog.class)
                .getElement().getProperty("message", "")).contains("Preguntas sin responder: 0.");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Div.class, spec -> spec.withId("attempt-result")).getElement().getTextRecursively())
                .contains("Puntos: 1 de 1");
    }

    @Test
    void every_one_of_the_eight_question_types_is_answered_through_its_field_and_stored() {
        AttemptFixture f = publish(AttemptFixture.allEightTypes());
        signIn(f.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));
        _click(_get(Button.class, spec -> spec.withId("start-attempt")));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<LearnerQuiz.Choice> single = _get(card(f.key(QuestionType.SINGLE_CHOICE)),
                RadioButtonGroup.class);
        _setValue(single, single.getListDataView().getItems().filter(c -> c.text().startsWith("Cuando los ingresos"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        CheckboxGroup<LearnerQuiz.Choice> multiple = _get(card(f.key(QuestionType.MULTIPLE_CHOICE)),
                CheckboxGroup.class);
        _setValue(multiple, multiple.getListDataView().getItems().filter(c -> !c.text().startsWith("Boletos"))
                .collect(Collectors.toSet()));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> trueFalse = _get(card(f.key(QuestionType.TRUE_FALSE)), RadioButtonGroup.class);
        _setValue(trueFalse, true);
        _setValue(_get(card(f.key(QuestionType.SHORT_ANSWER)), TextField.class), "gestion cultural");
        _setValue(_get(card(f.key(QuestionType.NUMERIC)), TextField.class), "3.5");
        @SuppressWarnings("unchecked")
        Select<String> fixed = _get(card(f.key(QuestionType.MATCHING)), Select.class,
                spec -> spec.withLabel("Costo fijo"));
        _setValue(fixed, "Renta");
        @SuppressWarnings("unchecked")
        Select<String> variable = _get(card(f.key(QuestionType.MATCHING)), Select.class,
                spec -> spec.withLabel("Costo variable"));
        _setValue(variable, "Boletos impresos");
        putInOrder(card(f.key(QuestionType.ORDERING)), List.of("Diagnóstico", "Diseño", "Ejecución"));
        _setValue(_get(card(f.key(QuestionType.ESSAY)), TextArea.class), "Ensayo");

        for (QuestionType type : AttemptFixture.EIGHT_TYPES) {
            assertThat(status(f.key(type))).as(type.name()).isEqualTo("Guardado");
        }
        _click(_get(Button.class, spec -> spec.withId("submit-attempt")));
        _fireConfirm(_get(ConfirmDialog.class));
        long id = f.asLearner(() -> attempts.intro(f.course(), f.itemKey())).orElseThrow().attempts().getFirst().id();
        AttemptView submitted = f.asLearner(() -> attempts.attempt(id));
        assertThat(submitted.result().score()).as("every objective question right").isEqualByComparingTo("8");
        assertThat(submitted.state()).isEqualTo(AttemptState.AWAITING_GRADING);
    }

    /** Moves items with their "Subir" buttons (the keyboard path) until the list reads in the given order. */
    private static void putInOrder(Component ordering, List<String> wanted) {
        for (int target = 0; target < wanted.size(); target++) {
            String text = wanted.get(target);
            for (int guard = 0; guard < wanted.size(); guard++) {
                List<String> shown = _find(ordering, Span.class, spec -> spec.withClasses("ordering-text")).stream()
                        .map(s -> s.getText().replaceFirst("^\\d+\\. ", "")).toList();
                if (shown.indexOf(text) == target) {
                    break;
                }
                _click(_get(ordering, Button.class, spec -> spec.withAttribute("aria-label", "Subir «" + text + "»")));
            }
        }
    }

    @Test
    void a_learner_who_agrees_with_the_order_shown_keeps_it_with_a_button_and_it_is_saved_and_graded() {
        AttemptFixture f = publish(List.of(AttemptFixture.ordering()));
        signIn(f.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));
        _click(_get(Button.class, spec -> spec.withId("start-attempt")));
        String key = f.key(QuestionType.ORDERING);
        List<String> shown = _find(card(key), Span.class, spec -> spec.withClasses("ordering-text")).stream()
                .map(s -> s.getText().replaceFirst("^\\d+\\. ", "")).toList();
        assertThat(shown).as("never shown already solved").isNotEqualTo(List.of("Diagnóstico", "Diseño", "Ejecución"));

        _click(_get(card(key), Button.class, spec -> spec.withText("Guardar este orden")));

        assertThat(status(key)).isEqualTo("Guardado");
        assertThat(_find(card(key), Button.class, spec -> spec.withText("Guardar este orden"))).isEmpty();
        long id = f.asLearner(() -> attempts.intro(f.course(), f.itemKey())).orElseThrow().attempts().getFirst().id();
        AttemptView.AttemptQuestion stored = f.asLearner(() -> attempts.attempt(id)).questions().getFirst();
        assertThat(stored.response()).isInstanceOf(Response.Order.class);
        assertThat(((Response.Order) stored.response()).itemKeys()).containsExactlyElementsOf(stored.question()
                .choices().stream().map(LearnerQuiz.Choice::key).toList());

        // On resume the saved order comes back and the button stays away.
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));
        _click(_get(Button.class, spec -> spec.withId("resume-attempt")));
        assertThat(_find(card(key), Button.class, spec -> spec.withText("Guardar este orden"))).isEmpty();
        assertThat(status(key)).isEqualTo("Guardado");
    }

    @Test
    void with_immediate_feedback_the_learner_checks_an_answer_and_sees_its_review_at_once() {
        AttemptFixture f = AttemptFixture.publish(new AttemptFixture.Services(accounts, authoring, bank, quizzes,
                publishing, enrolments), AttemptFixture.settings(0, 0, FeedbackTiming.IMMEDIATELY, GradingPolicy.BEST),
                List.of(QuizFixture.trueFalse(), QuizFixture.numeric()));
        signIn(f.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));
        _click(_get(Button.class, spec -> spec.withId("start-attempt")));
        String tf = f.key(QuestionType.TRUE_FALSE);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> trueFalse = _get(card(tf), RadioButtonGroup.class);
        _setValue(trueFalse, true);

        _click(_get(Button.class, spec -> spec.withId("check-" + tf)));

        assertThat(card(tf).getElement().getTextRecursively()).contains("1 de 1 puntos", "Respuesta correcta",
                "Verdadero", "Correcto: no cambia con los boletos vendidos.");
        assertThat(_get(card(tf), RadioButtonGroup.class).isReadOnly()).isTrue();
        assertThat(_find(card(tf), Button.class, spec -> spec.withId("check-" + tf))).isEmpty();
        assertThat(card(f.key(QuestionType.NUMERIC)).getElement().getTextRecursively())
                .doesNotContain("Bien calculado");
    }

    @Test
    void the_course_trainer_grades_the_essay_in_the_queue_and_the_learner_then_sees_the_grade() {
        AttemptFixture f = publish(List.of(AttemptFixture.essay()));
        long id = f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        f.asLearner(() -> attempts.saveAnswer(id, f.key(QuestionType.ESSAY), new Response.Text("Ensayo breve")));
        f.asLearner(() -> attempts.submit(id));

        signIn(f.quiz().owner(), "TRAINER");
        UI.getCurrent().navigate("imparto/calificar");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Respuestas abiertas por calificar · Paralelo");
        BigDecimalField points = _get(BigDecimalField.class, spec -> spec.withId("points-" + id + "-"
                + f.key(QuestionType.ESSAY)));
        _setValue(points, new BigDecimal("9"));
        _click(_get(points.getParent().orElseThrow(), Button.class));
        assertThat(points.isInvalid()).isTrue();
        assertThat(points.getErrorMessage()).isEqualTo("Los puntos deben estar entre 0 y 4.");
        _setValue(points, new BigDecimal("3"));
        _click(_get(points.getParent().orElseThrow(), Button.class));

        signIn(f.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()), QueryParameters.of("intento", "1"));
        assertThat(_get(Div.class, spec -> spec.withId("attempt-result")).getElement().getTextRecursively())
                .contains("Calificación: 75 %").contains("¡Aprobaste!");
    }

    @Test
    void another_learners_attempt_address_shows_not_found() {
        AttemptFixture f = publish(List.of(QuizFixture.trueFalse()));
        f.asLearner(() -> attempts.start(f.course(), f.itemKey()));
        AttemptFixture other = publish(List.of(QuizFixture.trueFalse()));

        signIn(other.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()), QueryParameters.of("intento", "1"));

        assertThat(_find(Button.class, spec -> spec.withId("submit-attempt"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("No encontramos esta página");
        assertThat(UI.getCurrent().getInternals().getTitle()).as("the title names no quiz either")
                .isEqualTo("No encontramos esta página · Paralelo");
    }

    @Test
    void the_attempt_address_carries_the_learners_own_attempt_number_not_a_database_id() {
        AttemptFixture f = publish(List.of(QuizFixture.trueFalse()));
        signIn(f.learner(), "LEARNER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()));

        _click(_get(Button.class, spec -> spec.withId("start-attempt")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .endsWith("?intento=1");
        assertThat(_find(Button.class, spec -> spec.withId("submit-attempt"))).hasSize(1);
    }

    @Test
    void the_trainer_previews_the_draft_quiz_answers_it_and_sees_the_result_while_nothing_is_recorded() {
        AttemptFixture f = publish(List.of(QuizFixture.trueFalse()));
        // A question added after publishing is in the draft only: the preview must show it.
        f.quiz().asOwner(() -> {
            long category = bank.categories(f.course()).getFirst().id();
            quizzes.addQuestion(f.course(), f.itemKey(), bank.createQuestion(f.course(), category,
                    QuizFixture.numeric()));
        });
        long before = attemptRows.count();
        signIn(f.quiz().owner(), "TRAINER");
        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()), QueryParameters.of("vista-previa", ""));

        assertThat(_get(Div.class, spec -> spec.withClasses("preview-banner")).getElement().getTextRecursively())
                .contains("Vista previa del borrador");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class)).extracting(li -> li.getElement().getText())
                .contains("Preguntas: 2", "Intentos: llevas 0 de 2");
        _click(_get(Button.class, spec -> spec.withId("start-attempt")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("preview-not-recorded"))
                .getText()).contains("no se guardan");
        assertThat(_find(Span.class, spec -> spec.withId("attempt-timer"))).as("no clock in a preview").isEmpty();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> trueFalse = _get(card(f.key(QuestionType.TRUE_FALSE)), RadioButtonGroup.class);
        _setValue(trueFalse, true);
        _click(_get(Button.class, spec -> spec.withId("submit-attempt")));
        _fireConfirm(_get(ConfirmDialog.class));

        Div result = _get(Div.class, spec -> spec.withId("attempt-result"));
        assertThat(result.getElement().getTextRecursively()).contains("Resultado de la vista previa")
                .contains("Puntos: 1 de 2").contains("Calificación: 50 %");
        assertThat(card(f.key(QuestionType.TRUE_FALSE)).getElement().getTextRecursively())
                .contains("Respuesta correcta");
        assertThat(attemptRows.count()).as("a preview records no attempt").isEqualTo(before);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("back-to-course"))
                .getHref()).endsWith("?vista-previa");
    }

    @Test
    void a_learner_cannot_open_the_draft_of_a_quiz_through_the_preview_address() {
        AttemptFixture f = publish(List.of(QuizFixture.trueFalse()));
        signIn(f.learner(), "LEARNER");

        UI.getCurrent().navigate(LearnerPaths.quiz(f.course(), f.itemKey()), QueryParameters.of("vista-previa", ""));

        assertThat(_find(Button.class, spec -> spec.withId("start-attempt"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("preview-banner"))).isEmpty();
    }
}
