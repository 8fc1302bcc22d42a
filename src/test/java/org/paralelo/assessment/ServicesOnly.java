package org.paralelo.assessment;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import org.paralelo.ParaleloApplication;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDetails;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.People;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without a web server (so without Vaadin): services and database only, started lazily. Quick
 * enough to restart many times (durability test) and free of HTTP noise (benchmark). {@code DB_URL} still
 * switches it to MariaDB.
 */
public final class ServicesOnly {

    private ServicesOnly() {
    }

    public static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(ParaleloApplication.class).web(WebApplicationType.NONE)
                .profiles("test").logStartupInfo(false)
                .properties("paralelo.data-dir=" + dataDir.toAbsolutePath(), "spring.main.banner-mode=off",
                        "spring.main.lazy-initialization=true", "logging.level.root=warn",
                        "logging.level.org.paralelo=warn", "paralelo.attempts.sweep-interval=1h",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                + "com.vaadin.flow.spring.VaadinScopesConfig")
                // As an argument too: the builder's properties are only defaults, and the build passes
                // paralelo.data-dir as a system property, which would point this context (and its SHUTDOWN
                // IMMEDIATELY) at the database every other test context is using.
                .run("--paralelo.data-dir=" + dataDir.toAbsolutePath());
    }

    /** A published course whose quiz has {@code questions} numeric questions, the learner, and their attempt. */
    public static long publishedQuizAttempt(ConfigurableApplicationContext app, String learner, int questions) {
        AccountService accounts = app.getBean(AccountService.class);
        CourseAuthoringService authoring = app.getBean(CourseAuthoringService.class);
        QuestionBankService bank = app.getBean(QuestionBankService.class);
        QuizService quizzes = app.getBean(QuizService.class);
        String owner = People.uniqueUsername("servicios-formadora");
        People.create(accounts, owner, Role.TRAINER);
        People.create(accounts, learner, Role.LEARNER);
        CourseId course = As.user(owner, QuizFixture.TRAINER, () -> {
            CourseId id = authoring.createCourse(new CourseDetails("Durabilidad", "Resumen", "es-MX", 1,
                    Set.of("gestion-empresarial"), null));
            String module = authoring.addModule(id, "Módulo", "");
            String item = authoring.addItem(id, module, ItemKind.QUIZ, "Cuestionario", true);
            long category = bank.createCategory(id, "General");
            for (int i = 0; i < questions; i++) {
                quizzes.addQuestion(id, item, bank.createQuestion(id, category, new Question("Pregunta " + i,
                        BigDecimal.ONE, "", new QuestionBody.Numeric("1", "", "", ""))));
            }
            app.getBean(PublishingService.class).publish(id);
            return id;
        });
        String item = As.user(owner, QuizFixture.TRAINER, () -> authoring.draft(course)).modules().getFirst()
                .items().getFirst().key();
        As.user(learner, AttemptFixture.LEARNER, () -> app.getBean(EnrolmentService.class).enrolMe(course));
        return As.user(learner, AttemptFixture.LEARNER, () -> app.getBean(AttemptService.class)
                .start(course, item));
    }
}
