package org.paralelo.assessment;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.BenchmarkServer;
import org.paralelo.support.People;

/**
 * Benchmark, not a test: the live heap each signed-in learner costs, on a real Tomcat with Vaadin in production
 * mode. N learners sign in through the login form and open a page the way Vaadin's client does ({@code ?v-r=init}
 * for the route, which builds the view on the server): first a lesson, then, in fresh sessions, a quiz with an
 * attempt under way (10 questions), then the follow-up request a real Chromium sends once the new web components
 * have started (see {@link #STARTUP_EVENTS}). Heap after full collections, before and after, divided by N.
 *
 * <pre>java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.paralelo.assessment.LearnerHeapBenchmark [learners]</pre>
 */
public final class LearnerHeapBenchmark {

    private static final int QUESTIONS = 10;
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    /**
     * The events Chromium sends back once the web components a navigation created have started: each new
     * {@code vaadin-details} reports {@code opened-changed}, each new {@code vaadin-side-nav-item}
     * {@code expanded-changed}, all in one request with empty data (captured in {@code SlowConnectionJourneyTest}).
     */
    private static final Map<String, String> STARTUP_EVENTS = Map.of("vaadin-details", "opened-changed",
            "vaadin-side-nav-item", "expanded-changed");
    private static final Pattern CREATED_TAG = Pattern.compile("\\{[^{}]*\"key\":\"tag\"[^{}]*\\}");
    private static final Pattern NODE = Pattern.compile("\"node\":(\\d+)");
    private static final Pattern TAG = Pattern.compile("\"value\":\"([a-z0-9-]+)\"");

    private LearnerHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        // No heartbeats come from plain HTTP: keep the UIs alive for the length of the run.
        try (BenchmarkServer server = BenchmarkServer.start("heap", "vaadin.heartbeatInterval=3600")) {
            AccountService accounts = server.app.getBean(AccountService.class);
            String owner = People.uniqueUsername("memoria-formadora");
            People.create(accounts, owner, Role.TRAINER);
            LoadCourse published = LoadCourse.publish(server.app, owner, "Memoria", 2, QUESTIONS);
            CourseId id = published.id();
            String[] course = {Long.toString(id.value()), published.lessons().get(0), published.quiz()};
            List<String> names = new ArrayList<>();
            int warmUp = 2;
            for (int i = 0; i < 2 * (learners + warmUp); i++) {
                String name = People.uniqueUsername("memoria");
                People.create(accounts, name, Role.LEARNER);
                As.user(name, AttemptFixture.LEARNER, () -> server.app.getBean(EnrolmentService.class).enrolMe(id));
                names.add(name);
            }
            java.util.function.Consumer<String> attempt = name -> As.user(name, AttemptFixture.LEARNER,
                    () -> server.app.getBean(AttemptService.class).start(id, course[2]));
            // First views fill caches shared by all (class metadata, templates): not per learner.
            measure(server, "warm-up lesson", names.subList(0, warmUp), LearnerPaths.lesson(id, course[1]), null);
            String player = LearnerPaths.quiz(id, course[2]) + "?intento=1";
            measure(server, "warm-up quiz", names.subList(warmUp, 2 * warmUp), player, attempt);
            List<String> measured = names.subList(2 * warmUp, names.size());
            measure(server, "lesson", measured.subList(0, learners), LearnerPaths.lesson(id, course[1]), null);
            // The player with the attempt open (its questions), not the quiz's introduction.
            measure(server, "quiz with an attempt under way", measured.subList(learners, 2 * learners), player,
                    attempt);
        }
        System.exit(0);
    }

    private static void measure(BenchmarkServer server, String what, List<String> learners, String path,
                                java.util.function.Consumer<String> before) throws Exception {
        if (before != null) {
            learners.forEach(before);
        }
        long empty = BenchmarkServer.liveHeap();
        List<String> sessions = new ArrayList<>();
        for (String name : learners) {
            sessions.add(server.signIn(name, People.PASSWORD));
        }
        long signedIn = BenchmarkServer.liveHeap();
        int bytes = 0;
        for (String session : sessions) {
            bytes += openUi(server, session, path);
        }
        long withUi = BenchmarkServer.liveHeap();
        int n = learners.size();
        System.out.printf("[scale] live heap per learner on a %s (n = %d): %,d bytes in all, of which session and "
                + "sign-in %,d, UI %,d; view UI JSON %,d bytes%n", what, n, (withUi - empty) / n,
                (signedIn - empty) / n, (withUi - signedIn) / n, bytes / n);
    }

    /**
     * What Vaadin's client does on loading a page: {@code ?v-r=init} creates the UI, then a {@code ui-navigate}
     * event builds the route's view. Returns the bytes of the navigation's UI JSON.
     */
    private static int openUi(BenchmarkServer server, String session, String path) throws Exception {
        String[] routeAndQuery = path.split("\\?", 2);
        String query = routeAndQuery.length > 1 ? routeAndQuery[1] : "";
        HttpResponse<String> init = server.http.send(HttpRequest.newBuilder(server.url("/?v-r=init&location="
                + URLEncoder.encode(path, StandardCharsets.UTF_8))).header("Cookie", "JSESSIONID=" + session).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher key = SECURITY_KEY.matcher(init.body());
        Matcher ui = UI_ID.matcher(init.body());
        if (init.statusCode() != 200 || !key.find() || !ui.find()) {
            throw new IllegalStateException("no UI for " + path + ": " + init.statusCode());
        }
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"%s","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1), routeAndQuery[0], query);
        HttpResponse<String> view = server.http.send(HttpRequest.newBuilder(server.url("/?v-r=uidl&v-uiId="
                + ui.group(1))).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        if (view.statusCode() != 200 || view.body().contains("appError") || !view.body().contains("\"syncId\":1")) {
            throw new IllegalStateException("navigation to " + path + " failed: " + view.body());
        }
        if (Boolean.getBoolean("benchmark.show")) {
            System.out.println(view.body().substring(0, Math.min(1500, view.body().length())));
        }
        List<String> events = new ArrayList<>();
        Matcher created = CREATED_TAG.matcher(view.body());
        while (created.find()) {
            Matcher node = NODE.matcher(created.group());
            Matcher tag = TAG.matcher(created.group());
            String event = tag.find() ? STARTUP_EVENTS.get(tag.group(1)) : null;
            if (event != null && node.find()) {
                events.add("{\"type\":\"event\",\"node\":%s,\"event\":\"%s\",\"data\":{}}"
                        .formatted(node.group(1), event));
            }
        }
        if (events.isEmpty()) {
            throw new IllegalStateException("no web component to start on " + path + ": " + view.body());
        }
        String followUp = """
                {"csrfToken":"%s","rpc":[%s],"syncId":1,"clientId":1}""".formatted(key.group(1),
                String.join(",", events));
        HttpResponse<String> started = server.http.send(HttpRequest.newBuilder(server.url("/?v-r=uidl&v-uiId="
                + ui.group(1))).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(followUp)).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 200 || started.body().contains("appError")
                || !started.body().contains("\"syncId\":2")) {
            throw new IllegalStateException("follow-up on " + path + " failed: " + started.body());
        }
        return view.body().length();
    }
}
