package org.paralelo.assessment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.management.ObjectName;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.apache.coyote.AbstractProtocol;
import org.openqa.selenium.logging.LogEntry;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.BenchmarkServer;
import org.paralelo.support.ClassHistogram;
import org.paralelo.support.LearnerBrowser;
import org.paralelo.support.People;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test: the live heap each learner costs with a <em>real</em> headless Chromium per learner (own
 * profile, so own session), where {@link LearnerHeapBenchmark} replays Vaadin's requests over plain HTTP. Each
 * learner signs in through the real login page (landing on the home page), then opens a lesson (later, in fresh
 * browsers, the quiz with an attempt under way) by its address, waits until Vaadin is idle and the page rendered,
 * scrolls everything to the end (so a reader's {@code reachedEnd} and whatever else follows is sent) and waits a few
 * seconds. Heap after full collections before sign-in, after sign-in and after the page, divided by N; the server's
 * UIs and {@code StateNode}s per session counted in this JVM; and every request each page sent from its load on, read
 * from Chromium's performance log (DevTools Network events), so we know what a browser sends that the replay does
 * not. Two warm-up learners per page first. Browsers talk to 127.0.0.1 only and are all quit at the end.
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.paralelo.assessment.BrowserHeapBenchmark [learners, default 12, at most 20] [seconds to wait at the end, default 5]</pre>
 */
public final class BrowserHeapBenchmark {

    private static final int QUESTIONS = 10;
    private static final int MAX_LEARNERS = 20;
    private static final int WARM_UP = 2;
    private static final int TOP_CLASSES = 15;
    private static final String OWN_CLASSES = "(com\\.vaadin|org\\.apache|org\\.atmosphere|org\\.springframework"
            + "|org\\.paralelo|org\\.hibernate|org\\.h2)\\..*";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BrowserHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int learners = Math.max(1, Math.min(MAX_LEARNERS, args.length > 0 ? Integer.parseInt(args[0]) : 12));
        int settleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.setProperty("SE_OFFLINE", "true");
        // Real browsers send heartbeats: the application's own heartbeat interval (60 s) and UI sweep stay on.
        try (BenchmarkServer server = BenchmarkServer.start("browserheap")) {
            AccountService accounts = server.app.getBean(AccountService.class);
            String owner = People.uniqueUsername("navegador-formadora");
            People.create(accounts, owner, Role.TRAINER);
            LoadCourse published = LoadCourse.publish(server.app, owner, "Navegador", 2, QUESTIONS);
            CourseId id = published.id();
            String lesson = LearnerPaths.lesson(id, published.lessons().get(0));
            // The player itself (the attempt each learner has started), not the quiz's introduction.
            String quiz = LearnerPaths.quiz(id, published.quiz()) + "?intento=1";
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 2 * (learners + WARM_UP); i++) {
                String name = People.uniqueUsername("navegador");
                People.create(accounts, name, Role.LEARNER);
                As.user(name, AttemptFixture.LEARNER, () -> server.app.getBean(EnrolmentService.class).enrolMe(id));
                names.add(name);
            }
            Consumer<String> attempt = name -> As.user(name, AttemptFixture.LEARNER,
                    () -> server.app.getBean(AttemptService.class).start(id, published.quiz()));
            Run run = new Run(server, settleSeconds);
            run.measure("warm-up lesson", names.subList(0, WARM_UP), lesson, null);
            run.measure("warm-up quiz", names.subList(WARM_UP, 2 * WARM_UP), quiz, attempt);
            List<String> measured = names.subList(2 * WARM_UP, names.size());
            run.measure("lesson", measured.subList(0, learners), lesson, null);
            run.measure("quiz with an attempt under way", measured.subList(learners, 2 * learners), quiz, attempt);
        } finally {
            System.out.println("[scale] chromium processes left: " + LearnerBrowser.chromiumLeft());
        }
        System.exit(0);
    }

    /** One page measured for a group of learners, each in a browser of their own. */
    private record Run(BenchmarkServer server, int settleSeconds) {

        void measure(String what, List<String> learners, String path, Consumer<String> before) throws Exception {
            if (before != null) {
                learners.forEach(before);
            }
            List<LearnerBrowser> browsers = new ArrayList<>();
            try {
                // Selenium's client objects live in this JVM too: every browser starts before the baseline.
                for (int i = 0; i < learners.size(); i++) {
                    browsers.add(LearnerBrowser.start(server.port));
                }
                long empty = BenchmarkServer.liveHeap();
                Map<String, long[]> classesBefore = histogram();
                for (int i = 0; i < learners.size(); i++) {
                    browsers.get(i).signIn(learners.get(i), People.PASSWORD);
                }
                long signedIn = BenchmarkServer.liveHeap();
                Census home = census(browsers);
                Map<String, Integer> kinds = new TreeMap<>();
                List<String> firstPage = List.of();
                for (LearnerBrowser browser : browsers) {
                    List<String> requests = requests(browser.read(path, settleSeconds));
                    requests.stream().map(BrowserHeapBenchmark::kind).forEach(k -> kinds.merge(k, 1, Integer::sum));
                    if (firstPage.isEmpty()) {
                        firstPage = requests;
                    }
                }
                long opened = BenchmarkServer.liveHeap();
                Map<String, long[]> classesAfter = histogram();
                Census page = census(browsers);
                int n = learners.size();
                System.out.printf("[scale] %s in Chromium (n = %d): live heap per learner %,d bytes, of which "
                        + "sign-in and landing page %,d, this page %,d%n", what, n, (opened - empty) / n,
                        (signedIn - empty) / n, (opened - signedIn) / n);
                System.out.printf("[scale]   after sign-in: %s%n", home);
                System.out.printf("[scale]   after the page: %s%n", page);
                System.out.printf("[scale]   requests of the first learner's page from its load on (%d):%n",
                        firstPage.size());
                firstPage.forEach(r -> System.out.println("[scale]     " + r));
                System.out.printf("[scale]   request kinds over all %d pages:%n", n);
                kinds.forEach((k, count) -> System.out.printf("[scale]     %3d x %s%n", count, k));
                System.out.printf("[scale]   classes that grew most (class histogram after full collections), per "
                        + "learner:%n");
                ClassHistogram.growth(classesBefore, classesAfter).limit(TOP_CLASSES)
                        .forEach(row -> printGrowth(row, n));
                System.out.printf("[scale]   of which classes of Vaadin, Tomcat, Spring and ours, per learner:%n");
                ClassHistogram.growth(classesBefore, classesAfter).filter(row -> row.getKey().matches(OWN_CLASSES))
                        .limit(TOP_CLASSES).forEach(row -> printGrowth(row, n));
                // Where the heap goes: the server's sessions first (UIs, push resources), then the browsers and their
                // connections (and what Selenium keeps in this JVM for each).
                expire(browsers.stream().map(LearnerBrowser::session).toList());
                Thread.sleep(2000);
                long sessionsGone = BenchmarkServer.liveHeap();
                Census afterExpiry = census(browsers);
                browsers.forEach(LearnerBrowser::quit);
                Thread.sleep(2000);
                long browsersGone = BenchmarkServer.liveHeap();
                System.out.printf("[scale]   sessions expired on the server: %,d bytes per learner freed (%s); "
                        + "then browsers quit: %,d more; left above the baseline: %,d%n", (opened - sessionsGone) / n,
                        afterExpiry, (sessionsGone - browsersGone) / n, (browsersGone - empty) / n);
                System.out.printf("[scale]   what stays above the baseline once sessions and browsers are gone, per "
                        + "learner:%n");
                ClassHistogram.growth(classesBefore, histogram()).limit(TOP_CLASSES / 2)
                        .forEach(row -> printGrowth(row, n));
            } finally {
                List<String> sessions = new ArrayList<>();
                for (LearnerBrowser browser : browsers) {
                    sessions.add(browser.session());
                    browser.quit();
                }
                expire(sessions);
            }
        }

        /** UIs and state nodes of the learners' sessions, read under each Vaadin session's lock. */
        Census census(List<LearnerBrowser> browsers) throws IOException {
            Manager manager = manager();
            int sessions = 0;
            Map<String, int[]> views = new TreeMap<>();
            for (LearnerBrowser browser : browsers) {
                Session session = manager.findSession(browser.currentSession());
                if (session == null) {
                    continue;
                }
                sessions++;
                for (VaadinSession vaadin : vaadinSessions(session)) {
                    vaadin.lock();
                    try {
                        for (UI ui : vaadin.getUIs()) {
                            int[] nodes = {0};
                            ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
                            var chain = ui.getInternals().getActiveRouterTargetsChain();
                            String view = chain.isEmpty() ? "(no view)" : chain.get(0).getClass().getSimpleName();
                            int[] sum = views.computeIfAbsent(view, v -> new int[2]);
                            sum[0]++;
                            sum[1] += nodes[0];
                        }
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
            return new Census(sessions, browsers.size(), views, connections());
        }

        void expire(List<String> ids) throws IOException {
            Manager manager = manager();
            for (String id : ids) {
                Session session = id == null ? null : manager.findSession(id);
                if (session != null) {
                    session.expire();
                }
            }
        }

        /** Connections open to Tomcat now: each browser keeps some (keep-alive, and the push WebSocket). */
        private long connections() {
            TomcatWebServer web = (TomcatWebServer) ((WebServerApplicationContext) server.app).getWebServer();
            return ((AbstractProtocol<?>) web.getTomcat().getConnector().getProtocolHandler()).getConnectionCount();
        }

        private Manager manager() {
            TomcatWebServer web = (TomcatWebServer) ((WebServerApplicationContext) server.app).getWebServer();
            return ((Context) web.getTomcat().getHost().findChildren()[0]).getManager();
        }

        private static List<VaadinSession> vaadinSessions(Session session) {
            var http = session.getSession();
            List<VaadinSession> found = new ArrayList<>();
            for (String name : java.util.Collections.list(http.getAttributeNames())) {
                if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                    found.add(vaadin);
                }
            }
            return found;
        }
    }

    /** Sessions found on the server, UIs by view and their state nodes. */
    private record Census(int sessions, int learners, Map<String, int[]> views, long connections) {
        @Override
        public String toString() {
            int uis = views.values().stream().mapToInt(v -> v[0]).sum();
            StringBuilder text = new StringBuilder("%d of %d sessions live, %d connections open, %.2f UIs per session"
                    .formatted(sessions, learners, connections, sessions == 0 ? 0.0 : (double) uis / sessions));
            views.forEach((view, v) -> text.append("; %d x %s, %d state nodes per UI".formatted(v[0], view,
                    v[1] / v[0])));
            return text.toString();
        }
    }

    /**
     * This JVM's live objects by class, instances and bytes: the class histogram of jcmd (which collects first),
     * asked of the in-process diagnostic command bean (attaching jcmd to this JVM hung).
     */
    static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        return ClassHistogram.parse(text);
    }

    private static void printGrowth(Map.Entry<String, long[]> row, int learners) {
        System.out.printf("[scale]     %,9d bytes %8.1f instances  %s%n", row.getValue()[1] / learners,
                (double) row.getValue()[0] / learners, row.getKey());
    }

    /**
     * Network.requestWillBeSent and webSocketCreated events as "+ms TYPE METHOD path [what a UI request carried]",
     * times from the first request.
     */
    static List<String> requests(List<LogEntry> entries) {
        List<String> requests = new ArrayList<>();
        long start = -1;
        for (LogEntry entry : entries) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asString();
            JsonNode params = message.path("params");
            boolean socket = "Network.webSocketCreated".equals(method);
            if (!socket && !"Network.requestWillBeSent".equals(method)) {
                continue;
            }
            if (start < 0) {
                start = entry.getTimestamp();
            }
            JsonNode request = params.path("request");
            String url = (socket ? params : request).path("url").asString().replaceFirst("^\\w+://[^/]+", "")
                    .replaceAll("X-Atmosphere-tracking-id=[^&]*", "X-Atmosphere-tracking-id=…");
            String line = "+%5d ms %-10s %-4s %s".formatted(entry.getTimestamp() - start,
                    socket ? "WebSocket" : params.path("type").asString(),
                    socket ? "OPEN" : request.path("method").asString(),
                    url.length() > 90 ? url.substring(0, 90) + "…" : url);
            String body = request.path("postData").asString("");
            if (url.contains("v-r=uidl") || url.contains("v-r=heartbeat")) {
                line += " " + rpcs(body);
            }
            requests.add(line);
        }
        return requests;
    }

    /** What a UI request carried: its RPCs by kind and name, or "unload" for the beacon of a page left. */
    static String rpcs(String body) {
        if (body.isBlank()) {
            return "[]";
        }
        JsonNode json = JSON.readTree(body);
        List<String> rpcs = new ArrayList<>();
        for (JsonNode rpc : json.path("rpc")) {
            String type = rpc.path("type").asString();
            rpcs.add(switch (type) {
                case "event" -> "event " + rpc.path("event").asString();
                case "publishedEventHandler" -> "call " + rpc.path("templateEventMethodName").asString();
                case "mSync" -> "sync " + rpc.path("property").asString();
                default -> type;
            });
        }
        if (json.has("UNLOAD")) {
            rpcs.add("UNLOAD");
        }
        return rpcs.toString();
    }

    /** A request without its timing and ids: what kind of request it was, to count over all pages. */
    static String kind(String request) {
        String kind = request.replaceFirst("^\\+\\s*\\d+ ms\\s+", "").replaceAll("\\s+", " ");
        if (kind.contains("/VAADIN/") || kind.matches("\\S+ GET /(frontend|styles|icons|images)/.*")) {
            return kind.replaceFirst("GET (/\\S*?/)[^/\\s]+$", "GET $1* (static file)");
        }
        return kind.replaceAll("v-uiId=\\d+", "v-uiId=…").replaceAll("/cursos/\\d+/", "/cursos/…/");
    }
}
