package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.paralelo.support.BrowserTest;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The browser-side defences on every route, as the real Tomcat sends them, and pages that run under them. */
class SecurityHeadersTest extends BrowserTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void every_route_carries_the_security_headers() throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>(routes());
        // The sign-in page is a Spring MVC page, not a Vaadin route.
        paths.addAll(List.of("login", "api/search?q=x", "actuator/health", "paralelo.css", "no-existe"));
        assertThat(paths).contains("login", "registro", "verify/1");
        for (String path : paths) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as("CSP on %s", path).hasValueSatisfying(
                    csp -> assertThat(csp).contains("script-src 'self' 'nonce-", "frame-ancestors 'self'",
                            "object-src 'none'", "base-uri 'self'").doesNotContain("'unsafe-inline' 'unsafe-eval'",
                            "script-src 'self' 'unsafe-inline'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as("nosniff on %s", path)
                    .contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as("Referrer-Policy on %s", path)
                    .contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as("Permissions-Policy on %s", path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP on %s", path).isEmpty();
        }
    }

    @Test
    void a_forwarded_https_from_an_untrusted_address_neither_marks_the_cookie_secure_nor_sends_hsts()
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty().noneMatch(c -> c.contains("Secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void every_script_on_a_page_carries_that_responses_nonce_and_nonces_are_never_reused()
            throws IOException, InterruptedException {
        // A Vaadin page; the sign-in page has no script at all (SignInPageTest).
        HttpResponse<String> first = get("registro");
        HttpResponse<String> second = get("registro");

        String nonce = nonceOf(first);
        assertThat(nonce).isNotEqualTo(nonceOf(second));
        Matcher scripts = Pattern.compile("<script[^>]*>").matcher(first.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group()).contains("nonce=\"" + nonce + "\"");
            count++;
        }
        assertThat(count).as("script tags on the registration page").isPositive();
    }

    @Test
    void signing_in_and_using_the_admin_pages_breaks_no_rule_of_the_policy() {
        LoginPage login = LoginPage.open(this);
        assertThat(cspViolations()).as("violations on the login page").isEmpty();
        login.signInAsAdmin("admin", "admin-test-password-1");
        for (String page : List.of("admin/personas", "admin/ajustes", "imparto", "mis-cursos", "buscar?q=cultura",
                "perfil")) {
            open(page);
            waitForRendering();
            assertThat(cspViolations()).as("violations on %s", page).isEmpty();
        }
    }

    @Test
    void an_injected_inline_script_is_blocked_and_reported_by_the_browser() {
        LoginPage.open(this);
        ((JavascriptExecutor) driver()).executeScript("""
                const script = document.createElement('script');
                script.textContent = 'window.injected = true;';
                document.body.appendChild(script);""");

        assertThat(((JavascriptExecutor) driver()).executeScript("return window.injected === true")).isEqualTo(false);
        assertThat(cspViolations()).as("what the browser reported").isNotEmpty();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "es-MX")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String nonceOf(HttpResponse<String> response) {
        Matcher nonce = NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce.find()).isTrue();
        return nonce.group(1);
    }

    /** Every {@code @Route} path of the application, with a sample value for each parameter. */
    private static List<String> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> paths = new ArrayList<>();
        for (BeanDefinition view : scanner.findCandidateComponents("org.paralelo")) {
            try {
                Route route = Objects.requireNonNull(Class.forName(view.getBeanClassName()).getAnnotation(Route.class));
                paths.add(route.value().replaceAll(":[^/]+", "1"));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return paths;
    }
}
