package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.ParaleloApplication;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDetails;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.People;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every acknowledged answer survives the application going down hard. Each round starts the application (no web
 * server) on the same database, checks that every answer acknowledged so far is stored exactly as acknowledged,
 * saves a new value for every question, and then — right after the last acknowledgement — stops the database
 * without any clean-up: {@code SHUTDOWN IMMEDIATELY} on H2 (what a killed JVM or a power cut leaves behind), a
 * plain context close on MariaDB (a separate server). With {@code DB_URL} set (the CI MariaDB leg) it runs there.
 */
@Tag("persistence")
class AnswerDurabilityTest {

    private static final int ROUNDS = 20;
    private static final int QUESTIONS = 10;

    private final Path dataDir = Path.of(System.getProperty("paralelo.data-dir", "target/test-data/durability"))
            .resolveSibling("durability-" + System.nanoTime());

    @Test
    void every_acknowledged_answer_is_still_there_after_twenty_hard_stops() {
        String learner = People.uniqueUsername("durable");
        Map<String, Response> acknowledged = new HashMap<>();
        long attempt = 0;
        int lost = 0;
        int checked = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            try (ConfigurableApplicationContext app = start()) {
                if (round == 0) {
                    attempt = setUp(app, learner);
                }
                long id = attempt;
                AttemptService attempts = app.getBean(AttemptService.class);
                AttemptView stored = As.user(learner, AttemptFixture.LEARNER, () -> attempts.attempt(id));
                for (AttemptView.AttemptQuestion question : stored.questions()) {
                    Response expected = acknowledged.get(question.question().key());
                    if (expected != null) {
                        checked++;
                        lost += expected.equals(question.response()) ? 0 : 1;
                    }
                }
                if (round == ROUNDS) {
                    break;
                }
                for (AttemptView.AttemptQuestion question : stored.questions()) {
                    Response answer = new Response.Text(round + "," + question.number());
                    As.user(learner, AttemptFixture.LEARNER, () -> attempts.saveAnswer(id,
                            question.question().key(), answer));
                    acknowledged.put(question.question().key(), answer);
                }
                stopHard(app);
            }
        }
        System.out.println("Answer durability: rounds = " + ROUNDS + ", answers checked = " + checked
                + ", lost = " + lost);
        assertThat(checked).isEqualTo(ROUNDS * QUESTIONS);
        assertThat(lost).isZero();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ParaleloApplication.class).web(WebApplicationType.NONE)
                .profiles("test").logStartupInfo(false)
                .properties("paralelo.data-dir=" + dataDir.toAbsolutePath(), "spring.main.banner-mode=off",
                        "spring.main.lazy-initialization=true", "logging.level.root=warn",
                        "logging.level.org.paralelo=warn", "paralelo.attempts.sweep-interval=1h",
                        // No web server, so no Vaadin: only the services and the database start.
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                + "com.vaadin.flow.spring.VaadinScopesConfig")
                .run();
    }

    /** A published course whose quiz has ten numeric questions, a learner, and their attempt. */
    private static long setUp(ConfigurableApplicationContext app, String learner) {
        AccountService accounts = app.getBean(AccountService.class);
        CourseAuthoringService authoring = app.getBean(CourseAuthoringService.class);
        QuestionBankService bank = app.getBean(QuestionBankService.class);
        QuizService quizzes = app.getBean(QuizService.class);
        String owner = People.uniqueUsername("durable-trainer");
        People.create(accounts, owner, Role.TRAINER);
        People.create(accounts, learner, Role.LEARNER);
        CourseId course = As.user(owner, QuizFixture.TRAINER, () -> {
            CourseId id = authoring.createCourse(new CourseDetails("Durabilidad", "Resumen", "es-MX", 1,
                    Set.of("gestion-empresarial"), null));
            String module = authoring.addModule(id, "Módulo", "");
            String item = authoring.addItem(id, module, ItemKind.QUIZ, "Cuestionario", true);
            long category = bank.createCategory(id, "General");
            for (int i = 0; i < QUESTIONS; i++) {
                quizzes.addQuestion(id, item, bank.createQuestion(id, category, new Question("Pregunta " + i,
                        BigDecimal.ONE, "", new QuestionBody.Numeric("1", "", "", ""))));
            }
            app.getBean(PublishingService.class).publish(id);
            return id;
        });
        String item = As.user(owner, QuizFixture.TRAINER, () -> authoring.draft(course)).modules().getFirst()
                .items().getFirst().key();
        return As.user(learner, AttemptFixture.LEARNER, () -> app.getBean(AttemptService.class)
                .start(course, item));
    }

    private static void stopHard(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        String url = app.getEnvironment().getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:")) {
            try {
                jdbc.execute("SHUTDOWN IMMEDIATELY");
            } catch (RuntimeException expected) {
                // The connection dies with the database; that is the point.
            }
        }
    }

}
