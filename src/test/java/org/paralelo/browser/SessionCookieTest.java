package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.paralelo.support.BrowserTest;

/** The session cookie as the real Tomcat sends it, and a new session id once someone signs in. */
class SessionCookieTest extends BrowserTest {

    private static final String SESSION_COOKIE = "JSESSIONID";

    @Test
    void the_login_page_sets_a_session_cookie_that_scripts_cannot_read_and_other_sites_cannot_send()
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Accept-Language", "es-MX,es").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> sessionCookies = response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(SESSION_COOKIE + "=")).toList();
        assertThat(sessionCookies).as("Set-Cookie headers for %s", SESSION_COOKIE).hasSize(1);
        List<String> attributes = Arrays.stream(sessionCookies.getFirst().split(";")).map(String::strip).toList();
        assertThat(attributes).as("attributes of %s", sessionCookies.getFirst())
                .contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void signing_in_gives_the_browser_a_new_session_id() {
        LoginPage login = LoginPage.open(this);
        Cookie before = driver().manage().getCookieNamed(SESSION_COOKIE);
        assertThat(before).as("session cookie on the login page").isNotNull();

        login.signInAsAdmin("admin", "admin-test-password-1");
        Cookie after = driver().manage().getCookieNamed(SESSION_COOKIE);

        assertThat(after).as("session cookie after signing in").isNotNull();
        assertThat(after.getValue()).as("session id after signing in").isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualTo("Lax");
    }
}
