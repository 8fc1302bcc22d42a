package org.paralelo.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDetails;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishingService;
import org.jspecify.annotations.Nullable;
import org.paralelo.support.As;
import org.springframework.context.ApplicationContext;

/**
 * A published course for benchmarks and the load test: lessons of some length (twelve headed paragraphs each) and a
 * quiz of numeric questions (any number is a valid answer, so a replayed client can type whatever it likes).
 *
 * @param id      the course
 * @param lessons the lesson keys, in order
 * @param quiz    the quiz's key; null when the course has no questions
 */
public record LoadCourse(CourseId id, List<String> lessons, @Nullable String quiz) {

    /** Trainer roles as {@link As} wants them. */
    public static final String[] TRAINER = QuizFixture.TRAINER;
    /** Learner roles as {@link As} wants them. */
    public static final String[] LEARNER = AttemptFixture.LEARNER;

    /** Creates and publishes the course as {@code owner}, a trainer who exists. */
    public static LoadCourse publish(ApplicationContext app, String owner, String title, int lessons, int questions) {
        CourseAuthoringService authoring = app.getBean(CourseAuthoringService.class);
        QuestionBankService bank = app.getBean(QuestionBankService.class);
        QuizService quizzes = app.getBean(QuizService.class);
        return As.user(owner, TRAINER, () -> {
            CourseId id = authoring.createCourse(new CourseDetails(title, "Resumen", "es-MX", 1,
                    Set.of("gestion-empresarial"), null));
            String module = authoring.addModule(id, "Módulo", "");
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < lessons; i++) {
                String lesson = authoring.addItem(id, module, ItemKind.LESSON, "Lectura " + (i + 1), true);
                String text = ("## Costos fijos y variables " + (i + 1) + "\n\nUn costo fijo no cambia con lo que se "
                        + "vende: la renta del foro, el sueldo de la coordinación. Un costo variable crece con cada "
                        + "boleto.\n\n").repeat(i == 0 ? 12 : 6);
                authoring.saveLesson(id, lesson, text, authoring.lesson(id, lesson).version());
                keys.add(lesson);
            }
            String quiz = questions == 0 ? null : authoring.addItem(id, module, ItemKind.QUIZ, "Cuestionario", true);
            if (quiz != null) {
                long category = bank.createCategory(id, "General");
                for (int i = 0; i < questions; i++) {
                    quizzes.addQuestion(id, quiz, bank.createQuestion(id, category, new Question("Pregunta " + i,
                            BigDecimal.ONE, "", new QuestionBody.Numeric("1", "", "", ""))));
                }
            }
            app.getBean(PublishingService.class).publish(id);
            return new LoadCourse(id, List.copyOf(keys), quiz);
        });
    }
}
