package org.paralelo.assessment;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.Matching;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.people.AccountService;
import org.paralelo.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class QuizEditorViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    QuizService quizzes;
    @Autowired
    QuestionBankService bank;

    @Test
    void a_trainer_writes_a_single_choice_question_in_the_editor_and_adds_it_to_the_quiz() {
        QuizFixture f = QuizFixture.create(accounts, authoring);
        signIn(f.owner(), "TRAINER");
        UI.getCurrent().navigate(AuthoringPaths.quizEditor(f.course(), f.quizKey()));
        assertThat(_get(H1.class, spec -> spec.withId("quiz-title")).getText()).isEqualTo(QuizFixture.QUIZ_TITLE);

        // The bank is empty: first a category.
        _get(TabSheet.class).setSelectedIndex(1);
        _click(_get(Button.class, spec -> spec.withId("new-category")));
        _setValue(_get(TextField.class, spec -> spec.withId("category-name")), "Costos");
        _click(_get(Button.class, spec -> spec.withId("save-category")));

        // Then the question, through the single-choice form.
        _click(_get(Button.class, spec -> spec.withId("new-question")));
        @SuppressWarnings("unchecked")
        Select<QuestionType> type = _get(Select.class, spec -> spec.withId("question-type"));
        assertThat(type.getValue()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(type.getLabel()).isEqualTo("Tipo de pregunta");
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Qué es el punto de equilibrio?");
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-0")), "Cuando los ingresos cubren los costos");
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-1")), "Cuando se vende todo el aforo");
        _setValue(_get(Checkbox.class, spec -> spec.withId("option-correct-0")), true);
        _setValue(_get(TextField.class, spec -> spec.withId("option-feedback-1")), "No necesariamente.");
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        assertThat(_find(Span.class, spec -> spec.withText("¿Qué es el punto de equilibrio?"))).hasSize(1);
        QuestionView stored = f.asOwner(() -> bank.question(f.course(), bank.allQuestions(f.course()).getFirst()
                .key()));
        assertThat(((SingleChoice) stored.question().body()).options()).hasSize(2)
                .extracting(SingleChoice.Option::correct).containsExactly(true, false);

        // Back on the quiz tab, the question goes into the quiz.
        _get(TabSheet.class).setSelectedIndex(0);
        @SuppressWarnings("unchecked")
        ComboBox<QuestionSummary> question = _get(ComboBox.class, spec -> spec.withId("bank-question"));
        _setValue(question, question.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("add-question")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("question-count")).getText())
                .isEqualTo("Preguntas en cada intento: 1");
        assertThat(_find(Span.class, spec -> spec.withText("Opción única · ¿Qué es el punto de equilibrio?")))
                .hasSize(1);
        assertThat(f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey())).slots())
                .extracting(s -> s.question().key()).containsExactly(stored.key());
    }

    @Test
    void short_answer_and_matching_questions_are_written_through_their_forms() {
        QuizFixture f = QuizFixture.create(accounts, authoring);
        f.asOwner(() -> bank.createCategory(f.course(), "Derechos"));
        signIn(f.owner(), "TRAINER");
        UI.getCurrent().navigate(AuthoringPaths.quizEditor(f.course(), f.quizKey()));
        _get(TabSheet.class).setSelectedIndex(1);

        _click(_get(Button.class, spec -> spec.withId("new-question")));
        @SuppressWarnings("unchecked")
        Select<QuestionType> type = _get(Select.class, spec -> spec.withId("question-type"));
        _setValue(type, QuestionType.SHORT_ANSWER);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Qué oficina registra obras?");
        _setValue(_get(TextField.class, spec -> spec.withId("answer-text-0")), "INDAUTOR");
        _setValue(_get(TextField.class, spec -> spec.withId("answer-feedback-0")), "Correcto.");
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        _click(_get(Button.class, spec -> spec.withId("new-question")));
        @SuppressWarnings("unchecked")
        Select<QuestionType> secondType = _get(Select.class, spec -> spec.withId("question-type"));
        _setValue(secondType, QuestionType.MATCHING);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "Relaciona cada figura.");
        _setValue(_get(TextField.class, spec -> spec.withId("pair-prompt-0")), "Licencia");
        _setValue(_get(TextField.class, spec -> spec.withId("pair-answer-0")), "Permiso de uso");
        _setValue(_get(TextField.class, spec -> spec.withId("pair-prompt-1")), "Cesión");
        _setValue(_get(TextField.class, spec -> spec.withId("pair-answer-1")), "Transmisión de derechos");
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        List<QuestionView> stored = f.asOwner(() -> bank.allQuestions(f.course()).stream()
                .map(q -> bank.question(f.course(), q.key())).toList());
        assertThat(stored).hasSize(2);
        ShortAnswer answer = (ShortAnswer) stored.stream().filter(q -> q.question().body() instanceof ShortAnswer)
                .findFirst().orElseThrow().question().body();
        assertThat(answer.answers()).extracting(ShortAnswer.Accepted::text, ShortAnswer.Accepted::feedback)
                .containsExactly(tuple("INDAUTOR", "Correcto."));
        Matching matching = (Matching) stored.stream().filter(q -> q.question().body() instanceof Matching)
                .findFirst().orElseThrow().question().body();
        assertThat(matching.pairs()).extracting(Matching.Pair::prompt, Matching.Pair::answer)
                .containsExactly(tuple("Licencia", "Permiso de uso"), tuple("Cesión", "Transmisión de derechos"));
    }

    @Test
    void a_refused_question_shows_the_problem_in_spanish_and_stores_nothing() {
        QuizFixture f = QuizFixture.create(accounts, authoring);
        f.asOwner(() -> bank.createCategory(f.course(), "Costos"));
        signIn(f.owner(), "TRAINER");
        UI.getCurrent().navigate(AuthoringPaths.quizEditor(f.course(), f.quizKey()));
        _get(TabSheet.class).setSelectedIndex(1);

        _click(_get(Button.class, spec -> spec.withId("new-question")));
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Cuál?");
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-0")), "Una");
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-1")), "Otra");
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        assertThat(_find(Span.class, spec -> spec.withText(
                "La pregunta no tiene ninguna respuesta correcta: marca al menos una opción como correcta.")))
                .hasSize(1);
        assertThat(f.asOwner(() -> bank.allQuestions(f.course()))).isEmpty();
    }

    @Test
    void another_trainer_gets_not_found_for_a_quiz_of_a_course_they_do_not_teach() {
        QuizFixture f = QuizFixture.create(accounts, authoring);
        QuizFixture other = QuizFixture.create(accounts, authoring);
        signIn(other.owner(), "TRAINER");

        UI.getCurrent().navigate(AuthoringPaths.quizEditor(f.course(), f.quizKey()));

        assertThat(_find(H1.class, spec -> spec.withId("quiz-title"))).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("No encontramos esta página");
    }
}
