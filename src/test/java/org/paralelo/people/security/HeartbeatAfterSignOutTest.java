package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.paralelo.support.SharedPasswordHash;
import org.paralelo.support.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A page's heartbeat that reaches the server after its session ended (signed out a moment before) on the real
 * Tomcat, where Vaadin's 403 goes through the error dispatch. It must stay a 403: a redirect to the sign-in page,
 * which the browser follows in the background, made a second new session whose cookie could replace the sign-in
 * page's and turn the next sign-in into a refused CSRF token. Configured like the browser tests so the two share
 * one application context.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClock.Configuration.class, SharedPasswordHash.Configuration.class})
class HeartbeatAfterSignOutTest {

    @LocalServerPort
    int port;

    @Test
    void a_heartbeat_from_a_page_whose_session_ended_is_refused_without_a_redirect_or_a_new_session()
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> beat = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/?v-r=heartbeat&v-uiId=0"))
                .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(beat.statusCode()).isEqualTo(403);
        assertThat(beat.headers().firstValue("Location")).isEmpty();
        assertThat(beat.headers().allValues("Set-Cookie")).isEmpty();
    }
}
