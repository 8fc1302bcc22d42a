package org.paralelo.support;

import static java.util.stream.Collectors.toSet;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paralelo.ParaleloApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application on a real Tomcat at a free port, Vaadin in production mode, for benchmarks (main classes
 * in src/test/java, never tests): a fresh data directory, no sample library, quiet logs. Also the plain-HTTP
 * sign-in a browser does (login page for the CSRF token, then the form post) and heap figures.
 */
public final class BenchmarkServer implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    public final ConfigurableApplicationContext app;
    public final int port;
    public final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private BenchmarkServer(ConfigurableApplicationContext app) {
        this.app = app;
        this.port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    public static BenchmarkServer start(String name, String... properties) {
        Path dataDir = Path.of("target", "benchmark-data", name + "-" + System.currentTimeMillis());
        // As command-line arguments, which win over application.properties (default properties would not).
        // A property given twice would reach Spring as "a,b": the caller's value replaces the default.
        Set<String> given = Arrays.stream(properties).map(p -> p.substring(0, p.indexOf('='))).collect(toSet());
        String[] all = Stream.concat(Stream.of("paralelo.data-dir=" + dataDir.toAbsolutePath(), "server.port=0",
                "vaadin.productionMode=true", "paralelo.samples.courses=", "spring.main.banner-mode=off",
                "logging.level.root=warn", "logging.level.org.paralelo=warn")
                .filter(p -> !given.contains(p.substring(0, p.indexOf('=')))), Arrays.stream(properties))
                .map(property -> "--" + property).toArray(String[]::new);
        return new BenchmarkServer(new SpringApplicationBuilder(ParaleloApplication.class).profiles("test")
                .logStartupInfo(false).run(all));
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Signs in through the login form as a browser posts it; the new session id, or an exception. */
    public String signIn(String username, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the login page: " + page.statusCode());
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + sessionOf(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused: " + login.statusCode() + " " + location);
        }
        return sessionOf(login);
    }

    public static String sessionOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    /** Heap in use after full collections: what stays alive. */
    public static long liveHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, heapUsed());
        }
        return used;
    }

    public static long heapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    public static void resetHeapPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak since the last reset: an upper bound of the heap's peak. */
    public static long heapPoolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    @Override
    public void close() {
        app.close();
    }
}
