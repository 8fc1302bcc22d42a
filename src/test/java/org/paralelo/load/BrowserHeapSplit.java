package org.paralelo.load;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.support.ClassHistogram;
import org.paralelo.support.LearnerBrowser;

/**
 * Benchmark, not a test (a main class for {@code src/test/load/browsers.sh}): the live heap a learner with a real
 * headless Chromium costs the app, with the app alone in its JVM ({@link LoadServer}, started by the script), so every
 * byte counted is the app's: Selenium, the browsers' logs and this program live in this other JVM. For the lesson
 * page, then with fresh learners in fresh browsers the quiz (the attempt started through its start button), takes the
 * app's class histogram ({@code jcmd <pid> GC.class_histogram}, which collects fully first) at
 * <ol type="a">
 * <li>the browsers started, nobody signed in (baseline);</li>
 * <li>every learner signed in through the real login page, the page open, scrolled to the end, settled;</li>
 * <li>every browser quit (its connections closed; the sessions still live), a few seconds later;</li>
 * <li>the sessions expired (the script runs the app with a 2-minute session timeout; Tomcat looks once a minute):
 * the first histogram with no more Vaadin sessions than the baseline, at most {@value #EXPIRY_MINUTES} minutes on,</li>
 * </ol>
 * and writes per learner: all = b − a; held by the connections = b − c; held by the session and its UI = c − d;
 * left = d − a; the classes that grew most in each; the UIs and state nodes; the TCP connections to the app's port.
 * The browsers may go through a proxy on another port (the script's {@code LOAD_PROXY=1}); the connections counted at
 * the app's port are then the proxy's, as in production, and the browsers' are counted at the proxy's.
 * Two warm-up learners per page go first, and their sessions expire before the baseline. Histograms and
 * {@code summary.txt} in the run's directory. Browsers talk to 127.0.0.1 only and are all quit at the end.
 *
 * <pre>
 * java -cp … org.paralelo.load.BrowserHeapSplit RUN_DIR PORT [learners, 12] [settle seconds, 5] [browsers' port, PORT]
 * </pre>
 */
public final class BrowserHeapSplit {

    static final int WARM_UP = 2;
    private static final int MAX_LEARNERS = 40;
    private static final int EXPIRY_MINUTES = 4;
    private static final int TOP_CLASSES = 12;
    private static final Duration AFTER_QUIT = Duration.ofSeconds(5);
    private static final String STATE_NODE = "com.vaadin.flow.internal.StateNode";

    private final Path dir;
    private final int port;
    private final int browserPort;
    private final long app;
    private final int settleSeconds;
    private final StringBuilder summary = new StringBuilder();
    private final Map<String, Class<?>> loaded = new HashMap<>();
    private final List<LearnerBrowser> running = new ArrayList<>();

    private BrowserHeapSplit(Path dir, int port, int browserPort, long app, int settleSeconds) {
        this.dir = dir;
        this.port = port;
        this.browserPort = browserPort;
        this.app = app;
        this.settleSeconds = settleSeconds;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        int learners = Math.max(1, Math.min(MAX_LEARNERS, args.length > 2 ? Integer.parseInt(args[2]) : 12));
        int settleSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int browserPort = args.length > 4 ? Integer.parseInt(args[4]) : port;
        for (int p : new int[] {port, browserPort}) {
            if (p < 18180 || p > 18189) {
                throw new IllegalArgumentException("the load test's ports are 127.0.0.1:18180-18189, not " + p);
            }
        }
        System.setProperty("SE_OFFLINE", "true");
        long app = Long.parseLong(Files.readString(dir.resolve("ready")).trim());
        List<String[]> rows = Files.readAllLines(dir.resolve("learners.csv")).stream().skip(1)
                .map(line -> line.split(",")).toList();
        if (rows.size() < 2 * (learners + WARM_UP)) {
            throw new IllegalArgumentException("learners.csv has " + rows.size() + " learners, the run needs "
                    + 2 * (learners + WARM_UP));
        }
        Properties course = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("course.properties"))) {
            course.load(in);
        }
        CourseId id = new CourseId(Long.parseLong(course.getProperty("courseId")));
        Page lesson = new Page("lesson", LearnerPaths.lesson(id, course.getProperty("lessons").split(",")[0]), false);
        Page quiz = new Page("quiz, attempt under way", LearnerPaths.quiz(id, course.getProperty("quiz")), true);
        BrowserHeapSplit split = new BrowserHeapSplit(dir, port, browserPort, app, settleSeconds);
        // Every browser quits even when the run fails or the script stops this JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(split::quitAll));
        try {
            split.warmUp(List.of(lesson, quiz), rows.subList(0, 2 * WARM_UP));
            List<String[]> measured = rows.subList(2 * WARM_UP, rows.size());
            split.measure(lesson, measured.subList(0, learners));
            split.measure(quiz, measured.subList(learners, 2 * learners));
        } finally {
            split.quitAll();
            System.out.println("[browsers] chromium processes left: " + LearnerBrowser.chromiumLeft());
            Files.writeString(dir.resolve("summary.txt"), split.summary, StandardCharsets.UTF_8);
        }
        System.exit(0);
    }

    /** The page a group of learners opens: its address, and whether each starts a quiz attempt on it. */
    private record Page(String name, String path, boolean startAttempt) {
        String file() {
            return name.replaceAll("\\W.*", "");
        }
    }

    /** Classes loaded on first use, caches filled on first use: two learners per page, then their sessions expire. */
    private void warmUp(List<Page> pages, List<String[]> learners) throws Exception {
        Map<String, long[]> before = histogram("0-warm-up-before");
        int next = 0;
        for (Page page : pages) {
            List<LearnerBrowser> browsers = startBrowsers(WARM_UP);
            for (LearnerBrowser browser : browsers) {
                open(browser, learners.get(next++), page);
            }
            quit(browsers);
        }
        say("[browsers] warm-up: %d learners, waiting for their sessions to expire", learners.size());
        waitForExpiry("0-warm-up-expired", before);
    }

    private void measure(Page page, List<String[]> learners) throws Exception {
        int n = learners.size();
        List<LearnerBrowser> browsers = startBrowsers(n);
        Map<String, long[]> a = histogram(page.file() + "-a-baseline");
        long connectionsBefore = connections(port);
        Instant start = Instant.now();
        for (int i = 0; i < n; i++) {
            open(browsers.get(i), learners.get(i), page);
        }
        Map<String, long[]> b = histogram(page.file() + "-b-open");
        long connectionsOpen = connections(port);
        long browsersOpen = connections(browserPort);
        String load = loadAverage();
        Duration opening = Duration.between(start, Instant.now());
        quit(browsers);
        Thread.sleep(AFTER_QUIT.toMillis());
        Map<String, long[]> c = histogram(page.file() + "-c-browsers-quit");
        long connectionsQuit = connections(port);
        start = Instant.now();
        Map<String, long[]> d = waitForExpiry(page.file() + "-d-sessions-expired", a);
        Duration expiry = Duration.between(start, Instant.now());

        say("%n[browsers] %s, %d learners in their own Chromium (signed in and page open in %d s; sessions gone "
                + "%d s after the browsers quit; load average at b %s), per learner:", page.name(), n,
                opening.toSeconds(), expiry.toSeconds() + AFTER_QUIT.toSeconds(), load);
        say("  all (b - a)                            %,9d B", (bytes(b) - bytes(a)) / n);
        say("  held by the connections (b - c)        %,9d B", (bytes(b) - bytes(c)) / n);
        say("  held by the session and its UI (c - d) %,9d B", (bytes(c) - bytes(d)) / n);
        say("  left after both (d - a)                %,9d B", (bytes(d) - bytes(a)) / n);
        say("  live heap: a %.1f MB, b %.1f MB, c %.1f MB, d %.1f MB", mb(a), mb(b), mb(c), mb(d));
        say("  TCP connections to :%d: a %d, b %d (%.1f per learner), c %d", port, connectionsBefore,
                connectionsOpen, (double) (connectionsOpen - connectionsBefore) / n, connectionsQuit);
        if (browserPort != port) {
            say("  TCP connections from the browsers to the proxy's :%d at b: %d (%.1f per learner)", browserPort,
                    browsersOpen, (double) browsersOpen / n);
        }
        say("  instances          %8s %8s %8s %8s  per learner (b - a)", "a", "b", "c", "d");
        Map<String, Long[]> counts = new LinkedHashMap<>();
        counts.put("HTTP sessions", counts(List.of(a, b, c, d), "org.apache.catalina.session.StandardSession"));
        counts.put("Vaadin sessions", instances(List.of(a, b, c, d), VaadinSession.class));
        counts.put("UIs", instances(List.of(a, b, c, d), UI.class));
        counts.put("state nodes", counts(List.of(a, b, c, d), STATE_NODE));
        counts.forEach((what, at) -> say("  %-18s %8d %8d %8d %8d  %.1f", what, at[0], at[1], at[2], at[3],
                (double) (at[1] - at[0]) / n));
        long uis = counts.get("UIs")[1] - counts.get("UIs")[0];
        if (uis > 0) {
            say("  state nodes per UI (b - a): %d", (counts.get("state nodes")[1] - counts.get("state nodes")[0])
                    / uis);
        }
        top("all (b - a)", a, b, n);
        top("held by the connections (b - c)", c, b, n);
        top("held by the session and its UI (c - d)", d, c, n);
        top("left after both (d - a)", a, d, n);
    }

    private List<LearnerBrowser> startBrowsers(int count) throws IOException {
        List<LearnerBrowser> browsers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LearnerBrowser browser = LearnerBrowser.start(browserPort);
            synchronized (running) {
                running.add(browser);
            }
            browsers.add(browser);
        }
        return browsers;
    }

    /** Signs in through the login page, opens the page (and starts the attempt), scrolls to the end, settles. */
    private void open(LearnerBrowser browser, String[] learner, Page page) throws InterruptedException {
        browser.signIn(learner[0], learner[1]);
        browser.open(page.path());
        if (page.startAttempt()) {
            browser.click("start-attempt", "submit-attempt");
        }
        browser.settle(settleSeconds);
    }

    private void quit(List<LearnerBrowser> browsers) {
        browsers.forEach(LearnerBrowser::quit);
        synchronized (running) {
            running.removeAll(browsers);
        }
    }

    private void quitAll() {
        synchronized (running) {
            for (LearnerBrowser browser : running) {
                try {
                    browser.quit();
                } catch (RuntimeException ignored) {
                    // Quitting the others matters more; what is left is killed below.
                }
            }
            running.clear();
        }
        ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").contains("chrom"))
                .forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Histograms every 15 s until the app holds no more Vaadin sessions than at {@code baseline}, bounded; the last
     * one is kept under this name.
     */
    private Map<String, long[]> waitForExpiry(String name, Map<String, long[]> baseline) throws Exception {
        long target = instances(List.of(baseline), VaadinSession.class)[0];
        Instant deadline = Instant.now().plus(Duration.ofMinutes(EXPIRY_MINUTES));
        while (true) {
            Map<String, long[]> now = histogram(name);
            long sessions = instances(List.of(now), VaadinSession.class)[0];
            if (sessions <= target) {
                return now;
            }
            if (Instant.now().isAfter(deadline)) {
                say("[browsers] %s: %d Vaadin sessions still live after %d minutes (baseline %d)", name, sessions,
                        EXPIRY_MINUTES, target);
                return now;
            }
            Thread.sleep(15_000);
        }
    }

    /** The app's class histogram, kept in the run's directory under this name. */
    private Map<String, long[]> histogram(String name) throws IOException, InterruptedException {
        Path file = dir.resolve("histogram-" + name + ".txt");
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(app), "GC.class_histogram").redirectErrorStream(true).redirectOutput(file.toFile())
                .start();
        if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            jcmd.destroyForcibly();
            throw new IllegalStateException("jcmd " + app + " GC.class_histogram failed; see " + file);
        }
        return ClassHistogram.parse(Files.readString(file));
    }

    /** Established TCP connections whose local end is this port (the accepting side), as {@code ss} counts them. */
    private static long connections(int port) throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-Htn", "state", "established", "( sport = :" + port + " )")
                .redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ss.waitFor(10, TimeUnit.SECONDS);
        return out.lines().filter(line -> !line.isBlank()).count();
    }

    private static String loadAverage() throws IOException {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }

    /** Instances of the class and its subclasses (e.g. SpringVaadinSession) in each histogram. */
    private Long[] instances(List<Map<String, long[]>> histograms, Class<?> type) {
        Long[] counts = new Long[histograms.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = histograms.get(i).entrySet().stream().filter(e -> isA(e.getKey(), type))
                    .mapToLong(e -> e.getValue()[0]).sum();
        }
        return counts;
    }

    private boolean isA(String name, Class<?> type) {
        if (!name.startsWith("com.vaadin.") && !name.startsWith("org.paralelo.") || name.contains("$$")
                || name.contains("/")) {
            return false;
        }
        Class<?> found = loaded.computeIfAbsent(name, n -> {
            try {
                return Class.forName(n, false, BrowserHeapSplit.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return Void.class;
            }
        });
        return type.isAssignableFrom(found);
    }

    private static Long[] counts(List<Map<String, long[]>> histograms, String name) {
        return histograms.stream().map(h -> h.getOrDefault(name, new long[2])[0]).toArray(Long[]::new);
    }

    private void top(String what, Map<String, long[]> before, Map<String, long[]> after, int learners) {
        say("  classes that grew most, %s, per learner:", what);
        ClassHistogram.growth(before, after).limit(TOP_CLASSES).forEach(row -> say("    %,9d B %8.1f instances  %s",
                row.getValue()[1] / learners, (double) row.getValue()[0] / learners, row.getKey()));
    }

    private static long bytes(Map<String, long[]> histogram) {
        return ClassHistogram.bytes(histogram);
    }

    private static double mb(Map<String, long[]> histogram) {
        return bytes(histogram) / (double) (1 << 20);
    }

    private void say(String format, Object... args) {
        String line = format.formatted(args);
        System.out.println(line);
        summary.append(line).append(System.lineSeparator());
    }
}
