package org.paralelo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.People;
import org.paralelo.support.SharedPasswordHash;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ContentDisposition;
import org.springframework.test.context.ActiveProfiles;

/**
 * The download on the real Tomcat, where Vaadin's servlet is registered next to Spring MVC's: a person signs in
 * through the real login form (as a browser would post it) and fetches a file. Configured like the browser tests
 * so the two share one application context.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClock.Configuration.class, SharedPasswordHash.Configuration.class})
@Tag("persistence")
class MediaDownloadOnRealServerTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    MediaService media;
    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void vaadin_leaves_media_downloads_to_the_controller() throws Exception {
        String trainer = People.uniqueUsername("servidor");
        People.create(accounts, trainer, Role.TRAINER);
        byte[] pdf = MediaFixtures.samplePdf();
        StoredMedia stored = As.user(trainer, new String[] {"TRAINER"}, () -> media.store(
                new ByteArrayInputStream(pdf), "Guía de precios.pdf", MediaPurpose.ATTACHMENT));
        String session = signIn(trainer);

        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url(stored.downloadPath()))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(ContentDisposition.parse(response.headers().firstValue("Content-Disposition").orElseThrow())
                .getFilename()).isEqualTo("Guía de precios.pdf");
        assertThat(response.body()).isEqualTo(pdf);
    }

    @Test
    void without_a_session_the_download_sends_the_browser_to_the_login_page() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url("/media/1/x.pdf")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    /** Posts the login form with the CSRF token Vaadin puts in the page; returns the new session id. */
    private String signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("CSRF token in the login page").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(People.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + sessionOf(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return sessionOf(login);
    }

    private static String sessionOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
