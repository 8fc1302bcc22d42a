package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.support.SharedPasswordHash;
import org.paralelo.support.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real Tomcat that trusts one proxy address (here the loopback, where the test calls from): its
 * {@code X-Forwarded-Proto: https} makes the session cookie Secure and brings HSTS.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "PARALELO_TRUSTED_PROXIES=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
@Import({TestClock.Configuration.class, SharedPasswordHash.Configuration.class})
@Tag("persistence")
class TrustedProxyTest {

    @LocalServerPort
    int port;

    @Test
    void behind_the_trusted_proxy_over_tls_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> response = login("https");

        assertThat(sessionCookie(response)).contains("Secure", "HttpOnly");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
    }

    @Test
    void behind_the_trusted_proxy_over_plain_http_the_cookie_is_not_marked_secure() throws Exception {
        HttpResponse<String> response = login("http");

        assertThat(sessionCookie(response)).doesNotContain("Secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> login(String forwardedProto) throws IOException, InterruptedException {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", forwardedProto).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }
}
