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

/**
 * Quiz explanations and feedback are searchable by everyone who may read the course; question texts, options and
 * accepted answers (the right answers) only by the course's trainers and admins.
 */
@ParaleloSpringTest
class QuizSearchTest {

    @Autowired
    SearchService search;
    @Autowired
    ChangeFollower indexer;
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

    String trainer;
    String learner;
    String otherTrainer;
    CourseId course;

    @Test
    void feedback_is_found_but_never_the_correct_answers() {
        courseWithQuiz();
        SearchResults explanation = As.user(learner, new String[] {"LEARNER"},
                () -> search.search(SearchRequest.of("huitlacoche")));
        List<SearchHit> ours = explanation.hits().stream().filter(h -> h.courseId() == course.value()).toList();
        assertThat(ours).extracting(SearchHit::type).containsExactly(ContentType.QUIZ);
        assertThat(ours.getFirst().path()).startsWith("cursos/" + course.value() + "/cuestionarios/");
        assertThat(As.user(learner, new String[] {"LEARNER"}, () -> search.search(SearchRequest.of("ajolote")))
                .hits()).filteredOn(h -> h.courseId() == course.value()).hasSize(1);
        for (String answer : List.of("ahuehuete", "chapulín")) {
            assertThat(As.user(learner, new String[] {"LEARNER"}, () -> search.search(SearchRequest.of(answer)))
                    .hits()).as(answer).noneMatch(h -> h.courseId() == course.value());
        }
        // The trainer searches the draft edition, built from the question bank: feedback too.
        assertThat(As.user(trainer, Courses.TRAINER, () -> search.search(SearchRequest.of("huitlacoche"))).hits())
                .filteredOn(h -> h.courseId() == course.value()).hasSize(1);
    }

    @Test
    void question_text_and_options_are_found_by_the_courses_trainers_and_admins_only() {
        courseWithQuiz();
        for (String words : List.of("ahuehuete", "chapulín aceptado", "cuando hay equilibrio en el temazcal")) {
            assertThat(As.user(trainer, Courses.TRAINER, () -> search.search(SearchRequest.of(words))).hits())
                    .as("the course's trainer: %s", words).extracting(SearchHit::type).contains(ContentType.QUIZ);
            assertThat(As.admin(() -> search.search(SearchRequest.of(words))).hits()).as("an admin: %s", words)
                    .extracting(SearchHit::courseId).contains(course.value());
        }
        for (String words : List.of("ahuehuete", "ahuehuate", "chapulín", "chapulin aceptado")) {
            SearchResults learners = As.user(learner, new String[] {"LEARNER"},
                    () -> search.search(SearchRequest.of(words)));
            assertThat(learners.hits()).as("a learner: %s", words).noneMatch(h -> h.courseId() == course.value());
            assertThat(String.valueOf(learners.showingFor()) + learners.suggestion()).as("no correction leaks it")
                    .doesNotContain("ahuehuete").doesNotContain("chapul");
            assertThat(As.user(otherTrainer, Courses.TRAINER, () -> search.search(SearchRequest.of(words))).hits())
                    .as("a trainer of other courses: %s", words).noneMatch(h -> h.courseId() == course.value());
        }
    }

    private void courseWithQuiz() {
        trainer = People.uniqueUsername("quiz-busca");
        People.create(accounts, trainer, Role.TRAINER);
        learner = People.uniqueUsername("quiz-lector");
        People.create(accounts, learner, Role.LEARNER);
        otherTrainer = People.uniqueUsername("quiz-otra");
        People.create(accounts, otherTrainer, Role.TRAINER);
        course = Courses.withOneLesson(authoring, trainer, "Curso con cuestionario");
        As.user(trainer, Courses.TRAINER, () -> {
            String module = authoring.draft(course).modules().getFirst().key();
            String quiz = authoring.addItem(course, module, ItemKind.QUIZ, "Autoevaluación tlacuache", true);
            long category = bank.createCategory(course, "General");
            String single = bank.createQuestion(course, category, new Question(
                    "¿Cuándo hay equilibrio en el temazcal?", BigDecimal.ONE,
                    "La explicación menciona el huitlacoche.", new QuestionBody.SingleChoice(List.of(
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
    }
}
