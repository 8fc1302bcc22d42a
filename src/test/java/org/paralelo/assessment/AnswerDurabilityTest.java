package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.support.As;
import org.paralelo.support.People;
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
                    attempt = ServicesOnly.publishedQuizAttempt(app, learner, QUESTIONS);
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
        return ServicesOnly.start(dataDir);
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
