package org.paralelo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paralelo.support.SharedPasswordHash;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tabs that vanish without saying goodbye, on the real server with time scaled down (a heartbeat every second
 * instead of every minute, a sweep every second): their UI is reclaimed after 3.1 missed heartbeats with no further
 * request from the session, while a tab that keeps sending heartbeats keeps its UI. A UI is opened the way Vaadin's
 * client does it, by {@code ?v-r=init}, and then left alone.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {"vaadin.heartbeatInterval=1",
        "paralelo.ui.sweep-interval=1s"})
@ActiveProfiles("test")
@Import({TestClock.Configuration.class, SharedPasswordHash.Configuration.class})
class OrphanedUiSweepTest {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    OrphanedUiSweep sweep;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_ui_of_a_tab_that_stopped_sending_heartbeats_is_reclaimed_without_any_request_from_its_session()
            throws Exception {
        String session = newSession();
        openUi(session);
        openUi(session);
        assertThat(sweep.uisOf(session)).isEqualTo(2);

        long start = System.nanoTime();
        double seconds = waitForUis(session, 0, Duration.ofSeconds(20));

        // 3.1 heartbeat intervals without a heartbeat make a UI inactive; the sweep runs every interval.
        assertThat(seconds).as("seconds until reclaimed").isBetween(3.0, 12.0);
        System.out.printf("[scale] orphaned UIs reclaimed %.1f s after their last heartbeat (heartbeat 1 s, sweep "
                + "1 s; in production 60 s and 60 s: at most about 4 min)%n", (System.nanoTime() - start) / 1e9);
    }

    @Test
    void a_tab_that_keeps_sending_heartbeats_keeps_its_ui_and_loses_it_once_it_stops() throws Exception {
        String session = newSession();
        int kept = openUi(session);
        int orphan = openUi(session);

        long until = System.nanoTime() + Duration.ofSeconds(7).toNanos();
        while (System.nanoTime() < until) {
            assertThat(heartbeat(session, kept)).isEqualTo(200);
            Thread.sleep(400);
        }
        assertThat(sweep.uisOf(session)).as("only the tab still beating is left").isEqualTo(1);
        assertThat(heartbeat(session, orphan)).as("a reclaimed UI's late heartbeat").isNotEqualTo(500);

        waitForUis(session, 0, Duration.ofSeconds(20));
    }

    @Test
    void the_session_idles_out_after_30_minutes_without_requests_or_heartbeats() throws Exception {
        String session = newSession();
        openUi(session);

        assertThat(sweep.idleTimeoutOf(session)).isEqualTo(30 * 60);
    }

    @Test
    void sweeping_sessions_that_are_already_gone_or_empty_is_harmless() throws Exception {
        String session = newSession();
        openUi(session);
        waitForUis(session, 0, Duration.ofSeconds(20));

        sweep.sweep();
        sweep.sweep();

        assertThat(sweep.uisOf(session)).isZero();
        assertThat(sweep.uisOf("no-such-session")).isZero();
    }

    private double waitForUis(String session, int expected, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (sweep.uisOf(session) != expected) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waiting for %d UIs", expected)
                    .isLessThan(limit);
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private String newSession() throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(url("/login")).GET(), null);
        return page.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow();
    }

    /** What Vaadin's client asks right after loading a page: a new UI for the route. */
    private int openUi(String session) throws IOException, InterruptedException {
        HttpResponse<String> init = send(HttpRequest.newBuilder(url("/?v-r=init&location=login")).GET(), session);
        assertThat(init.statusCode()).isEqualTo(200);
        Matcher id = UI_ID.matcher(init.body());
        assertThat(id.find()).as("UI id in %s", init.body()).isTrue();
        return Integer.parseInt(id.group(1));
    }

    private int heartbeat(String session, int uiId) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url("/?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody()), session).statusCode();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String session)
            throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
