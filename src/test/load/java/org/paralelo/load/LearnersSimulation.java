package org.paralelo.load;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static org.paralelo.load.Vaadin.accessibleNames;
import static org.paralelo.load.Vaadin.click;
import static org.paralelo.load.Vaadin.event;
import static org.paralelo.load.Vaadin.navigate;
import static org.paralelo.load.Vaadin.nodeOfTag;
import static org.paralelo.load.Vaadin.nodeWithId;
import static org.paralelo.load.Vaadin.nodesOfTag;
import static org.paralelo.load.Vaadin.open;
import static org.paralelo.load.Vaadin.orderByLabel;
import static org.paralelo.load.Vaadin.setValue;
import static org.paralelo.load.Vaadin.signIn;
import static org.paralelo.load.Vaadin.think;
import static org.paralelo.load.Vaadin.unload;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * Learners reading lessons and taking the quiz, trainers editing and publishing a lesson, learners searching: real
 * Vaadin traffic against a running {@link LoadServer} (its directory holds the accounts and the course). Sign-ins
 * ramped over {@code load.rampSeconds}; each virtual user keeps going for {@code load.seconds} with 5-10 s think
 * time; every acknowledged answer is written to {@code answers.ledger} for {@link AnswerLedgerCheck}.
 */
public class LearnersSimulation extends Simulation {

    private static final int MAX_USERS = 2_000;
    private static final int MAX_SECONDS = 3_600;
    /** Answers changed after a first pass over the quiz, as a learner who reconsiders. */
    private static final int CHANGED_ANSWERS = 3;
    private static final List<String> SEARCHES = List.of("costos", "costo fijo", "boleto", "foro", "coordinación",
            "variables", "renta");

    private final Path dir = Path.of(System.getProperty("load.dir", "target/load/manual"));
    private final String baseUrl = loopbackOnly(System.getProperty("load.baseUrl", "http://127.0.0.1:18180"));
    private final int users = bounded("load.users", 30, MAX_USERS);
    private final int trainers = bounded("load.trainers", 2, 20);
    private final int searchers = bounded("load.searchers", 3, 100);
    private final int seconds = bounded("load.seconds", 180, MAX_SECONDS);
    private final int rampSeconds = bounded("load.rampSeconds", 120, 600);
    /** Percentage of learners taking the quiz (the rest read lessons): 0 measures a reading learner alone. */
    private final int quizPercent = bounded("load.quizPercent", 40, 100);
    private final Properties course = properties(dir.resolve("course.properties"));
    private final List<String> lessons = List.of(course.getProperty("lessons").split(","));
    private final String courseId = course.getProperty("courseId");
    private final AnswerLedger ledger = new AnswerLedger(dir.resolve("answers.ledger"));
    private final FeederBuilder<String> learners = csv(dir.resolve("learners.csv").toString()).queue();

    {
        int quizTakers = Math.round(users * quizPercent / 100f);
        ScenarioBuilder reading = scenario("learner reading lessons").feed(learners).exec(signIn())
                .exec(open("open lesson", s -> lesson(0)))
                .exec(during(Duration.ofSeconds(seconds)).on(exec(think()).exec(nextLesson())))
                .exec(unload());
        ScenarioBuilder quiz = scenario("learner taking a quiz").feed(learners).exec(signIn())
                .exec(s -> s.set("attempt", 0))
                .exec(during(Duration.ofSeconds(seconds)).on(takeQuiz()
                        .exec(open("open lesson", s -> lesson(0))).exec(think()).exec(nextLesson())))
                .exec(unload());
        ScenarioBuilder search = scenario("search").feed(learners).exec(signIn())
                .exec(open("open search", s -> "buscar"))
                .exec(during(Duration.ofSeconds(seconds)).on(exec(think())
                        .exec(navigate("search", s -> "buscar?q=" + SEARCHES.get((int) (s.userId() % SEARCHES.size()))))))
                .exec(unload());
        ScenarioBuilder authoring = scenario("trainer editing and publishing")
                .feed(csv(dir.resolve("trainers.csv").toString()).queue()).exec(signIn())
                .exec(during(Duration.ofSeconds(seconds)).on(editAndPublish()))
                .exec(unload());
        HttpProtocolBuilder protocol = http.baseUrl(baseUrl).acceptEncodingHeader("gzip, deflate, br")
                .acceptLanguageHeader("es-MX,es;q=0.9").userAgentHeader("Paralelo load test (Gatling)");
        Duration ramp = Duration.ofSeconds(rampSeconds);
        setUp(reading.injectOpen(rampUsers(users - quizTakers).during(ramp)),
                quiz.injectOpen(rampUsers(quizTakers).during(ramp)),
                search.injectOpen(rampUsers(searchers).during(ramp)),
                authoring.injectOpen(rampUsers(trainers).during(ramp)))
                .protocols(protocol)
                // Hard bound: the ramp, the run, and time for the last steps to finish.
                .maxDuration(Duration.ofSeconds(rampSeconds + seconds + 180L));
    }

    @Override
    public void after() {
        ledger.close();
    }

    private String lesson(int index) {
        return "cursos/" + courseId + "/lecciones/" + lessons.get(Math.floorMod(index, lessons.size()));
    }

    /** The next lesson through the outline's link: an in-page navigation, the figure the issue sets a target for. */
    private ChainBuilder nextLesson() {
        return exec(s -> s.set("lesson", s.contains("lesson") ? s.getInt("lesson") + 1 : 1))
                .exec(navigate("lesson navigation", s -> lesson(s.getInt("lesson"))));
    }

    /** Start (or resume) an attempt, answer every question, reconsider a few, submit and confirm. */
    private ChainBuilder takeQuiz() {
        String quizRoute = "cursos/" + courseId + "/cuestionarios/" + course.getProperty("quiz");
        return exec(open("open quiz", s -> quizRoute, nodeWithId("start-attempt", "start")))
                .exitHereIfFailed()
                .exec(think())
                // The fields in the page's order (question 1 first): the ledger's position is the question's.
                .exec(click("start attempt", "start", nodesOfTag("vaadin-text-field", "fields"),
                        accessibleNames("fields"), nodeWithId("submit-attempt", "submit")))
                .exitHereIfFailed()
                .exec(orderByLabel("fields"))
                .exitHereIfFailed()
                .exec(s -> s.set("attempt", s.getInt("attempt") + 1))
                .exec(foreach("#{fields}", "field", "position").on(answer("answer save", 1)))
                .exec(foreach(s -> s.<Integer>getList("fields").subList(0, CHANGED_ANSWERS), "field", "position")
                        .on(answer("answer change", 2)))
                .exec(think())
                .exec(click("submit", "submit", nodeOfTag("vaadin-confirm-dialog", "dialog")))
                .exitHereIfFailed()
                .exec(event("confirm submit", "dialog", "confirm", nodeWithId("attempt-result", "result")))
                .exitHereIfFailed();
    }

    /** Types an answer, then records it in the ledger once the server has acknowledged it. */
    private ChainBuilder answer(String step, int revision) {
        return exec(think())
                // A failed save turns the question's status to "retrying" or "refused"; a second save of a
                // question already "saved" changes nothing the client sees, so the absence of those is the test.
                .exec(setValue(step, s -> s.getInt("field"), s -> value(s, revision),
                        regex("\"data-state\",\"feat\":3,\"value\":\"(retrying|refused)\"").notExists()))
                .exitHereIfFailed()
                .exec(s -> {
                    ledger.acknowledged(s.getString("username"), s.getInt("attempt"), s.getInt("position"),
                            value(s, revision));
                    return s;
                });
    }

    private static String value(Session s, int revision) {
        return Integer.toString(revision * 100 + s.getInt("position"));
    }

    /** A trainer's lesson edited, saved, and the course published through its confirm dialog. */
    private ChainBuilder editAndPublish() {
        return exec(open("open lesson editor", s -> "autoria/cursos/" + s.getString("courseId") + "/lecciones/"
                + s.getString("lessonKey"), nodeWithId("lesson-markdown", "markdown"),
                nodeWithId("save-lesson", "save")))
                .exitHereIfFailed()
                .exec(think())
                // A new text every time: an unchanged lesson leaves nothing to publish and the button disabled.
                .exec(setValue("edit lesson", s -> s.getInt("markdown"), s -> "## Revisión "
                        + System.currentTimeMillis() + "\n\nUn costo fijo no cambia con lo que se vende."))
                .exec(click("save lesson", "save"))
                .exitHereIfFailed()
                .exec(think())
                .exec(open("open course editor", s -> "autoria/cursos/" + s.getString("courseId"),
                        nodeWithId("publish", "publish")))
                .exec(click("publish", "publish", nodeOfTag("vaadin-confirm-dialog", "dialog")))
                .exitHereIfFailed()
                .exec(event("confirm publish", "dialog", "confirm", substring("appError").notExists()))
                .exitHereIfFailed()
                .exec(think());
    }

    private static int bounded(String property, int fallback, int max) {
        int value = Integer.getInteger(property, fallback);
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(property + " must be between 0 and " + max + ", not " + value);
        }
        return value;
    }

    /** Load goes to this machine only. */
    private static String loopbackOnly(String url) {
        String host = URI.create(url).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("the load test sends traffic to 127.0.0.1 only, not " + host);
        }
        return url;
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("no seeded course in " + file + ": start LoadServer first", e);
        }
        return properties;
    }
}
