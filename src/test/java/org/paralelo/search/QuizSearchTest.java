package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuizService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** Quiz explanations and feedback are searchable; options and accepted answers (the right answers) are not. */
@ParaleloSpringTest
class QuizSearchTest {

    @Autowired
    SearchService search;
    @Autowired
    CourseIndexer indexer;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizService quizzes;
    @Autowired
    AccountService accounts;

    @Test
    void feedback_is_found_but_never_the_correct_answers() {
        String trainer = People.uniqueUsername("quiz-busca");
        People.create(accounts, trainer, Role.TRAINER);
        String learner = People.uniqueUsername("quiz-lector");
        People.create(accounts, learner, Role.LEARNER);
        CourseId course = Courses.withOneLesson(authoring, trainer, "Curso con cuestionario");
        As.user(trainer, Courses.TRAINER, () -> {
            String module = authoring.draft(course).modules().getFirst().key();
            String quiz = authoring.addItem(course, module, ItemKind.QUIZ, "Autoevaluación tlacuache", true);
            long category = bank.createCategory(course, "General");
            String single = bank.createQuestion(course, category, new Question("¿Cuándo hay equilibrio?",
                    BigDecimal.ONE, "La explicación menciona el huitlacoche.", new QuestionBody.SingleChoice(List.of(
                            new QuestionBody.SingleChoice.Option("", "Respuesta correcta ahuehuete", true, "Bien."),
                            new QuestionBody.SingleChoice.Option("", "Otra opción", false, "Repasa el ajolote.")))));
            String shortAnswer = bank.createQuestion(course, category, new Question("¿Cómo se llama?",
                    BigDecimal.ONE, "", new QuestionBody.ShortAnswer(List.of(
                            new QuestionBody.ShortAnswer.Accepted("chapulín aceptado", "Así es.")), true, true,
                            "Vuelve a la lección.")));
            quizzes.addQuestion(course, quiz, single);
            quizzes.addQuestion(course, quiz, shortAnswer);
        });
        indexer.awaitIdle();
        As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));
        indexer.awaitIdle();

        SearchResults explanation = As.user(learner, new String[] {"LEARNER"},
                () -> search.search(SearchRequest.of("huitlacoche")));
        assertThat(explanation.hits()).extracting(SearchHit::type).containsExactly(ContentType.QUIZ);
        assertThat(explanation.hits().getFirst().path()).startsWith("cursos/" + course.value() + "/cuestionarios/");
        assertThat(As.user(learner, new String[] {"LEARNER"}, () -> search.search(SearchRequest.of("ajolote")))
                .total()).isEqualTo(1);
        for (String answer : List.of("ahuehuete", "chapulín")) {
            assertThat(As.user(learner, new String[] {"LEARNER"}, () -> search.search(SearchRequest.of(answer)))
                    .total()).as(answer).isZero();
        }
        // The trainer searches the draft edition, built from the question bank, with the same rule.
        assertThat(As.user(trainer, Courses.TRAINER, () -> search.search(SearchRequest.of("huitlacoche"))).total())
                .isEqualTo(1);
        assertThat(As.user(trainer, Courses.TRAINER, () -> search.search(SearchRequest.of("ahuehuete"))).total())
                .isZero();
    }
}
