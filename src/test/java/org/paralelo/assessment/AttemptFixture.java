package org.paralelo.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.People;
import org.springframework.context.ApplicationContext;

/**
 * A published course whose quiz has the given questions (fixed, in order) and settings, plus a learner. Built
 * through the real services; {@code keys} maps each question type to its question key.
 */
record AttemptFixture(QuizFixture quiz, String learner, PersonId learnerId, Map<QuestionType, String> keys) {

    static final String[] LEARNER = {"LEARNER"};
    /** The eight types learners answer: every type but descriptions. */
    static final List<QuestionType> EIGHT_TYPES = java.util.Arrays.stream(QuestionType.values())
            .filter(QuestionType::answered).toList();

    record Services(AccountService accounts, CourseAuthoringService authoring, QuestionBankService bank,
                    QuizService quizzes, PublishingService publishing, EnrolmentService enrolments) {

        /** The services of the test's application context. */
        static Services in(ApplicationContext application) {
            return new Services(application.getBean(AccountService.class),
                    application.getBean(CourseAuthoringService.class), application.getBean(QuestionBankService.class),
                    application.getBean(QuizService.class), application.getBean(PublishingService.class),
                    application.getBean(EnrolmentService.class));
        }
    }

    static AttemptFixture publish(Services s, QuizSettings settings, List<Question> questions) {
        QuizFixture f = QuizFixture.create(s.accounts(), s.authoring());
        Map<QuestionType, String> keys = new LinkedHashMap<>();
        f.asOwner(() -> {
            long category = s.bank().createCategory(f.course(), "General");
            for (Question question : questions) {
                String key = s.bank().createQuestion(f.course(), category, question);
                s.quizzes().addQuestion(f.course(), f.quizKey(), key);
                keys.putIfAbsent(question.type(), key);
            }
            long version = s.quizzes().quiz(f.course(), f.quizKey()).version();
            s.quizzes().updateSettings(f.course(), f.quizKey(), settings, version);
            s.publishing().publish(f.course());
        });
        String learner = People.uniqueUsername("aprendiz");
        PersonId id = People.create(s.accounts(), learner, Role.LEARNER);
        // Quizzes are for enrolled learners: the learner joins the course as they would on its page.
        As.user(learner, LEARNER, () -> s.enrolments().enrolMe(f.course()));
        return new AttemptFixture(f, learner, id, keys);
    }

    /** One question of each of the eight types, in the order of {@link QuestionType}; choice 2 points, essay 4. */
    static List<Question> allEightTypes() {
        return List.of(QuizFixture.singleChoice("¿Qué es el punto de equilibrio?"), multipleChoice(),
                QuizFixture.trueFalse(), QuizFixture.shortAnswer(), QuizFixture.numeric(), matching(), ordering(),
                essay());
    }

    static QuizSettings settings(int attempts, int minutes, FeedbackTiming feedback, GradingPolicy policy) {
        return new QuizSettings(60, attempts, minutes, false, false, feedback, policy, null);
    }

    static Question multipleChoice() {
        return new Question("¿Cuáles son costos fijos?", BigDecimal.ONE, "", new MultipleChoice(List.of(
                new MultipleChoice.Option("", "Renta del foro", BigDecimal.valueOf(50), ""),
                new MultipleChoice.Option("", "Sueldo de la coordinadora", BigDecimal.valueOf(50), ""),
                new MultipleChoice.Option("", "Boletos impresos por función", BigDecimal.valueOf(-50), ""))));
    }

    static Question matching() {
        return new Question("Relaciona cada concepto", BigDecimal.ONE, "", new Matching(List.of(
                new Matching.Pair("", "Costo fijo", "Renta"),
                new Matching.Pair("", "Costo variable", "Boletos impresos"))));
    }

    static Question ordering() {
        return new Question("Ordena las etapas de un proyecto", BigDecimal.ONE, "", new Ordering(List.of(
                new Ordering.Item("", "Diagnóstico"), new Ordering.Item("", "Diseño"),
                new Ordering.Item("", "Ejecución"))));
    }

    static Question essay() {
        return new Question("Describe la política cultural de tu municipio", BigDecimal.valueOf(4), "",
                new Essay("Busca referencias a presupuesto y participación."));
    }

    String key(QuestionType type) {
        return keys.get(type);
    }

    CourseId course() {
        return quiz.course();
    }

    String itemKey() {
        return quiz.quizKey();
    }

    <T> T asLearner(Supplier<T> work) {
        return As.user(learner, LEARNER, work);
    }

    void asLearner(Runnable work) {
        As.user(learner, LEARNER, work);
    }
}
