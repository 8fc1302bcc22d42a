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
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.Matching;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.base.Languages;
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
        MultiSelectComboBox<QuestionSummary> question = _get(MultiSelectComboBox.class,
                spec -> spec.withId("bank-question"));
        _setValue(question, Set.of(question.getListDataView().getItems().findFirst().orElseThrow()));
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
        QuizFixture f = onBankTab("Derechos", Languages.SPANISH);

        newQuestion(QuestionType.SHORT_ANSWER);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Qué oficina registra obras?");
        _setValue(_get(TextField.class, spec -> spec.withId("answer-text-0")), "INDAUTOR");
        _setValue(_get(TextField.class, spec -> spec.withId("answer-feedback-0")), "Correcto.");
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        newQuestion(QuestionType.MATCHING);
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
    void a_description_is_written_without_points_and_an_id_number_and_tags_are_kept() {
        QuizFixture f = onBankTab("Costos", Languages.SPANISH);

        newQuestion(QuestionType.DESCRIPTION);
        assertThat(_find(BigDecimalField.class, spec -> spec.withId("question-points"))).as("points, hidden")
                .isEmpty();
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "Usa lápiz y papel.");
        _setValue(_get(TextField.class, spec -> spec.withId("question-id-number")), "intro-1");
        _setValue(_get(TextField.class, spec -> spec.withId("question-tags")), "costos, taller,, costos");
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        QuestionView stored = f.asOwner(() -> bank.question(f.course(), bank.allQuestions(f.course()).getFirst()
                .key()));
        assertThat(stored.question().body()).isEqualTo(new QuestionBody.Description());
        assertThat(stored.question().points()).isZero();
        assertThat(stored.question().idNumber()).isEqualTo("intro-1");
        assertThat(stored.question().tags()).containsExactly("costos", "taller");
    }

    @Test
    void a_single_choice_may_mark_two_options_correct() {
        QuizFixture f = onBankTab("Estaciones", Languages.SPANISH);

        newQuestion(QuestionType.SINGLE_CHOICE);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Cuál es una estación?");
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-0")), "Primavera");
        _setValue(_get(Checkbox.class, spec -> spec.withId("option-correct-0")), true);
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-1")), "Verano");
        _setValue(_get(Checkbox.class, spec -> spec.withId("option-correct-1")), true);
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        SingleChoice stored = (SingleChoice) f.asOwner(() -> bank.question(f.course(),
                bank.allQuestions(f.course()).getFirst().key())).question().body();
        assertThat(stored.options()).extracting(SingleChoice.Option::correct).containsExactly(true, true);
    }

    @Test
    void a_refused_question_shows_the_problem_in_spanish_and_stores_nothing() {
        QuizFixture f = onBankTab("Costos", Languages.SPANISH);

        newQuestion(QuestionType.SINGLE_CHOICE);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Cuál?");
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-0")), "Una");
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-1")), "Otra");
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        assertThat(_find(Span.class, spec -> spec.withText(
                "La pregunta no tiene ninguna respuesta correcta: marca al menos una opción como correcta.")))
                .hasSize(1);
        assertThat(f.asOwner(() -> bank.allQuestions(f.course()))).isEmpty();
    }

    /** A new course with one bank category; its owner signed in, in the language given, on the bank tab. */
    private QuizFixture onBankTab(String category, Locale language) {
        QuizFixture f = QuizFixture.create(accounts, authoring);
        f.asOwner(() -> bank.createCategory(f.course(), category));
        signIn(f.owner(), "TRAINER");
        useLanguage(language);
        UI.getCurrent().navigate(AuthoringPaths.quizEditor(f.course(), f.quizKey()));
        _get(TabSheet.class).setSelectedIndex(1);
        return f;
    }

    /** Opens the new-question dialog with the type chosen. */
    private static void newQuestion(QuestionType questionType) {
        _click(_get(Button.class, spec -> spec.withId("new-question")));
        @SuppressWarnings("unchecked")
        Select<QuestionType> type = _get(Select.class, spec -> spec.withId("question-type"));
        _setValue(type, questionType);
    }

    private QuizFixture newQuestionDialog(QuestionType questionType) {
        QuizFixture f = onBankTab("Créditos", Languages.SPANISH);
        newQuestion(questionType);
        return f;
    }

    private static void type(String id, String value) {
        _setValue(_get(TextField.class, spec -> spec.withId(id)), value);
    }

    private static BigDecimalField credit(String id) {
        return _get(BigDecimalField.class, spec -> spec.withId(id));
    }

    private static QuestionBody onlyStoredBody(QuizFixture f, QuestionBankService bank) {
        List<QuestionSummary> all = f.asOwner(() -> bank.allQuestions(f.course()));
        assertThat(all).hasSize(1);
        return f.asOwner(() -> bank.question(f.course(), all.getFirst().key())).question().body();
    }

    @Test
    void a_trainer_gives_partial_credit_to_a_wrong_single_choice_option_and_sees_it_again_when_editing() {
        QuizFixture f = newQuestionDialog(QuestionType.SINGLE_CHOICE);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Qué es el punto de equilibrio?");
        type("option-text-0", "Cuando los ingresos cubren los costos");
        type("option-text-1", "Cuando el margen cubre los costos fijos");
        type("option-text-2", "Cuando se vende todo el aforo");
        _setValue(_get(Checkbox.class, spec -> spec.withId("option-correct-0")), true);
        assertThat(credit("option-credit-0").isEnabled()).as("the correct option's partial credit").isFalse();
        assertThat(credit("option-credit-1").getLabel()).isEqualTo("Crédito parcial de la opción 2 (%)");
        _setValue(credit("option-credit-1"), new BigDecimal("50"));
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        assertThat(((SingleChoice) onlyStoredBody(f, bank)).options())
                .extracting(SingleChoice.Option::correct, o -> o.credit().stripTrailingZeros().toPlainString())
                .containsExactly(tuple(true, "100"), tuple(false, "50"), tuple(false, "0"));

        _click(_get(Button.class, spec -> spec.withText("Editar")));
        assertThat(credit("option-credit-1").getValue()).isEqualByComparingTo("50");
        assertThat(credit("option-credit-0").isEnabled()).isFalse();
    }

    @Test
    void a_partial_credit_of_a_hundred_percent_on_a_wrong_option_is_refused_at_the_field_in_english() {
        QuizFixture f = onBankTab("Credits", Languages.ENGLISH);
        newQuestion(QuestionType.SINGLE_CHOICE);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "Which one?");
        type("option-text-0", "This one");
        type("option-text-1", "That one");
        _setValue(_get(Checkbox.class, spec -> spec.withId("option-correct-0")), true);
        _setValue(credit("option-credit-1"), new BigDecimal("100"));
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        assertThat(credit("option-credit-1").isInvalid()).isTrue();
        assertThat(credit("option-credit-1").getErrorMessage()).isEqualTo(
                "A partial credit must be from 0 % to less than 100 %; for 100 % mark the option as correct.");
        assertThat(f.asOwner(() -> bank.allQuestions(f.course()))).isEmpty();
    }

    @Test
    void short_answers_get_credits_and_a_question_without_a_full_credit_answer_is_refused_in_spanish() {
        QuizFixture f = newQuestionDialog(QuestionType.SHORT_ANSWER);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Qué órgano aprueba el presupuesto?");
        assertThat(credit("answer-credit-0").getValue()).isEqualByComparingTo("100");
        type("answer-text-0", "ayuntamiento");
        _setValue(credit("answer-credit-0"), new BigDecimal("50"));
        type("answer-feedback-0", "En parte.");
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        assertThat(_find(Span.class, spec -> spec.withText(
                "Al menos una respuesta debe valer 100 %; si no, nadie podría obtener todos los puntos."))).hasSize(1);
        assertThat(f.asOwner(() -> bank.allQuestions(f.course()))).isEmpty();

        type("answer-text-1", "cabildo");
        _setValue(credit("answer-credit-0"), new BigDecimal("150"));
        _click(_get(Button.class, spec -> spec.withId("save-question")));
        assertThat(credit("answer-credit-0").getErrorMessage())
                .isEqualTo("El crédito de una respuesta debe estar entre 0 % y 100 %.");

        _setValue(credit("answer-credit-0"), new BigDecimal("50"));
        _click(_get(Button.class, spec -> spec.withId("save-question")));
        assertThat(((ShortAnswer) onlyStoredBody(f, bank)).answers())
                .extracting(ShortAnswer.Accepted::text, a -> a.credit().stripTrailingZeros().toPlainString(),
                        ShortAnswer.Accepted::feedback)
                .containsExactly(tuple("ayuntamiento", "50", "En parte."), tuple("cabildo", "100", ""));
    }

    @Test
    void a_numeric_question_gets_several_answers_each_with_its_tolerance_credit_and_feedback() {
        QuizFixture f = newQuestionDialog(QuestionType.NUMERIC);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Cuántos meses dura el ciclo?");
        type("numeric-value-0", "3");
        type("numeric-tolerance-0", "0,5");
        type("numeric-feedback-0", "Exacto.");
        _click(_get(Button.class, spec -> spec.withId("add-answer")));
        type("numeric-value-1", "3");
        type("numeric-tolerance-1", "2");
        _setValue(credit("numeric-credit-1"), new BigDecimal("50"));
        type("numeric-feedback-1", "Cerca.");
        assertThat(_get(TextField.class, spec -> spec.withId("numeric-tolerance-1")).getLabel())
                .isEqualTo("Margen de error de la respuesta 2 (±)");
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        assertThat(onlyStoredBody(f, bank)).isEqualTo(new Numeric(List.of(
                new Numeric.Answer("3", "0,5", new BigDecimal("100"), "Exacto."),
                new Numeric.Answer("3", "2", new BigDecimal("50"), "Cerca.")), ""));

        _click(_get(Button.class, spec -> spec.withText("Editar")));
        assertThat(_get(TextField.class, spec -> spec.withId("numeric-tolerance-1")).getValue()).isEqualTo("2");
        assertThat(credit("numeric-credit-1").getValue()).isEqualByComparingTo("50");
    }

    @Test
    void a_numeric_answer_in_words_is_marked_on_its_own_row() {
        QuizFixture f = newQuestionDialog(QuestionType.NUMERIC);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Cuántos?");
        type("numeric-value-0", "3");
        _click(_get(Button.class, spec -> spec.withId("add-answer")));
        type("numeric-value-1", "tres");
        _setValue(credit("numeric-credit-1"), new BigDecimal("50"));
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        TextField second = _get(TextField.class, spec -> spec.withId("numeric-value-1"));
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("Escribe un número, por ejemplo 12 o 3,5.");
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

    @Test
    void a_trainer_writes_a_question_inside_the_quiz_without_a_category_and_it_lands_in_the_bank_and_the_quiz() {
        QuizFixture f = QuizFixture.create(accounts, authoring);
        signIn(f.owner(), "TRAINER");
        UI.getCurrent().navigate(AuthoringPaths.quizEditor(f.course(), f.quizKey()));

        _click(_get(Button.class, spec -> spec.withId("write-question")));
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Qué es un costo fijo?");
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-0")), "El que no cambia con las ventas");
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-1")), "El que sube con cada boleto");
        _setValue(_get(Checkbox.class, spec -> spec.withId("option-correct-0")), true);
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("question-count")).getText())
                .isEqualTo("Preguntas en cada intento: 1");
        assertThat(f.asOwner(() -> bank.categories(f.course()))).extracting(CategoryView::name,
                CategoryView::questionCount).containsExactly(tuple(QuizFixture.QUIZ_TITLE, 1));

        // A second one goes into the same category, which is not created twice.
        _click(_get(Button.class, spec -> spec.withId("write-question")));
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "¿Qué es un costo variable?");
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-0")), "El que sube con cada boleto");
        _setValue(_get(TextField.class, spec -> spec.withId("option-text-1")), "La renta");
        _setValue(_get(Checkbox.class, spec -> spec.withId("option-correct-0")), true);
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        assertThat(f.asOwner(() -> bank.categories(f.course()))).extracting(CategoryView::questionCount)
                .containsExactly(2);
        assertThat(f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey())).slots())
                .extracting(s -> s.question().excerpt())
                .containsExactly("¿Qué es un costo fijo?", "¿Qué es un costo variable?");
    }

    @Test
    void a_question_refused_in_the_quiz_dialog_is_stored_nowhere() {
        QuizFixture f = QuizFixture.create(accounts, authoring);
        signIn(f.owner(), "TRAINER");
        UI.getCurrent().navigate(AuthoringPaths.quizEditor(f.course(), f.quizKey()));

        _click(_get(Button.class, spec -> spec.withId("write-question")));
        _click(_get(Button.class, spec -> spec.withId("save-question")));

        assertThat(_get(TextArea.class, spec -> spec.withId("question-text")).isInvalid()).isTrue();
        assertThat(f.asOwner(() -> bank.allQuestions(f.course()))).isEmpty();
        assertThat(f.asOwner(() -> bank.categories(f.course()))).as("no empty category left behind").isEmpty();
        assertThat(f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey())).slots()).isEmpty();
    }

    @Test
    void several_bank_questions_are_added_at_once_in_the_banks_order() {
        QuizFixture f = QuizFixture.create(accounts, authoring);
        List<String> keys = f.asOwner(() -> {
            long category = bank.createCategory(f.course(), "Costos");
            return List.of(bank.createQuestion(f.course(), category, QuizFixture.trueFalse()),
                    bank.createQuestion(f.course(), category, QuizFixture.numeric()),
                    bank.createQuestion(f.course(), category, QuizFixture.shortAnswer()));
        });
        signIn(f.owner(), "TRAINER");
        UI.getCurrent().navigate(AuthoringPaths.quizEditor(f.course(), f.quizKey()));

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<QuestionSummary> question = _get(MultiSelectComboBox.class,
                spec -> spec.withId("bank-question"));
        List<QuestionSummary> offered = question.getListDataView().getItems().toList();
        _setValue(question, Set.of(offered.get(2), offered.get(0)));
        _click(_get(Button.class, spec -> spec.withId("add-question")));

        assertThat(f.asOwner(() -> quizzes.quiz(f.course(), f.quizKey())).slots())
                .extracting(s -> s.question().key()).containsExactly(keys.get(0), keys.get(2));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<QuestionSummary> after = _get(MultiSelectComboBox.class,
                spec -> spec.withId("bank-question"));
        assertThat(after.getListDataView().getItems()).extracting(QuestionSummary::key)
                .as("questions already in the quiz are no longer offered").containsExactly(keys.get(1));
    }
}
