package org.paralelo.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDetails;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.People;

/** A trainer's new course with one module and one quiz item, built through the real services. */
record QuizFixture(CourseId course, String owner, String moduleKey, String quizKey) {

    static final String[] TRAINER = {"TRAINER"};
    static final String QUIZ_TITLE = "Evaluación: costos de un taller";

    static QuizFixture create(AccountService accounts, CourseAuthoringService authoring) {
        String owner = People.uniqueUsername("formadora");
        People.create(accounts, owner, Role.TRAINER);
        CourseId course = As.user(owner, TRAINER, () -> authoring.createCourse(new CourseDetails("Título", "Resumen",
                "es-MX", 4, Set.of("gestion-empresarial"), null)));
        String module = As.user(owner, TRAINER, () -> authoring.addModule(course, "Costos y precios", ""));
        String quiz = As.user(owner, TRAINER, () -> authoring.addItem(course, module, ItemKind.QUIZ, QUIZ_TITLE,
                true));
        return new QuizFixture(course, owner, module, quiz);
    }

    <T> T asOwner(Supplier<T> work) {
        return As.user(owner, TRAINER, work);
    }

    void asOwner(Runnable work) {
        As.user(owner, TRAINER, work);
    }

    static Question singleChoice(String text) {
        return new Question(text, BigDecimal.valueOf(2), "El punto de equilibrio iguala ingresos y costos.",
                new SingleChoice(List.of(
                        new SingleChoice.Option("", "Cuando los ingresos cubren los costos", true, "¡Exacto!"),
                        new SingleChoice.Option("", "Cuando se vende todo el aforo", false, "No necesariamente."),
                        new SingleChoice.Option("", "Cuando hay patrocinio", false, ""))));
    }

    static Question numeric() {
        return new Question("Costos fijos 7000, margen por boleto 2000: ¿cuántos boletos para el equilibrio?",
                BigDecimal.ONE, "", new Numeric("3,5", "0.1", "Bien calculado.", "Divide costos fijos entre margen."));
    }

    static Question shortAnswer() {
        return new Question("¿Cómo se llama la disciplina que administra proyectos culturales?", BigDecimal.ONE, "",
                new ShortAnswer(List.of(new ShortAnswer.Accepted("Gestión cultural", "Así es.")), true, true,
                        "Repasa la lección 1."));
    }

    static Question trueFalse() {
        return new Question("La renta del foro es un costo fijo.", BigDecimal.ONE, "",
                new TrueFalse(true, "Correcto: no cambia con los boletos vendidos.", "Revisa la definición."));
    }
}
