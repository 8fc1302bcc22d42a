package org.paralelo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.paralelo.support.ProductionBundle;
import org.paralelo.support.SharedPasswordHash;
import org.paralelo.support.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a browser on a slow connection gets from the real Tomcat with Vaadin in production mode: text compressed
 * when it asks (our HTML and Vaadin's UI JSON and Lumo sheet gzipped, Vaadin's bundle pre-compressed brotli), tiny
 * responses left alone, and every static file of the app under a content-hashed address cached for a year.
 * Prints the sizes, which docs/benchmarks.md records.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClock.Configuration.class, SharedPasswordHash.Configuration.class})
@ProductionBundle
class CompressionAndCachingTest {

    private static final String BROWSER_ENCODINGS = "gzip, deflate, br, zstd";
    private static final Pattern LINKS = Pattern.compile("(?:href|src)=\"(?:\\./)?((?:VAADIN|lumo|assets)/[^\"]+|"
            + "paralelo\\.css[^\"]*)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final long YEAR = 365L * 24 * 3600;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_login_page_comes_back_gzipped_when_the_browser_asks_and_plain_when_it_does_not() throws Exception {
        HttpResponse<byte[]> compressed = get("/login", BROWSER_ENCODINGS, null);
        HttpResponse<byte[]> plain = get("/login", null, null);

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(compressed.headers().allValues("Vary").toString().toLowerCase()).contains("accept-encoding");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(compressed.body())).contains("<html").contains("rel=\"prefetch\" href=\"VAADIN/build/");
        print("/login", compressed, plain);
    }

    @Test
    void vaadins_ui_json_lumo_sheet_and_bundle_come_back_compressed() throws Exception {
        // The sign-in page has no Vaadin client; the registration page is the first Vaadin page a visitor sees.
        HttpResponse<byte[]> page = get("/registro", BROWSER_ENCODINGS, null);
        String session = page.headers().allValues("Set-Cookie").stream().map(SESSION::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
        String html = gunzip(page.body());

        HttpResponse<byte[]> init = get("/?v-r=init&location=registro", BROWSER_ENCODINGS, session);
        assertThat(init.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(init.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(init.body())).contains("\"Vaadin-Security-Key\"");
        print("?v-r=init (UI JSON)", init, get("/?v-r=init&location=registro", null, session));

        String lumo = link(html, "lumo/lumo.css");
        HttpResponse<byte[]> sheet = get("/" + lumo, BROWSER_ENCODINGS, null);
        assertThat(sheet.headers().firstValue("Content-Encoding")).contains("gzip");
        print(lumo, sheet, get("/" + lumo, null, null));

        String bundle = link(html, "VAADIN/build/indexhtml-");
        HttpResponse<byte[]> script = get("/" + bundle, BROWSER_ENCODINGS, null);
        assertThat(script.headers().firstValue("Content-Encoding")).contains("br");
        print(bundle, script, get("/" + bundle, null, null));
        assertThat(gunzip(get("/login", BROWSER_ENCODINGS, null).body())).as("the sign-in page prefetches it")
                .contains("<link rel=\"prefetch\" href=\"" + bundle + "\"");
    }

    @Test
    void vaadins_content_hashed_bundle_files_are_cached_for_a_year_as_immutable() throws Exception {
        String html = gunzip(get("/registro", BROWSER_ENCODINGS, null).body());
        String bundle = link(html, "VAADIN/build/indexhtml-");
        HttpResponse<byte[]> script = get("/" + bundle, BROWSER_ENCODINGS, null);

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, immutable");
        System.out.println("[scale] " + bundle + " Cache-Control: " + script.headers().allValues("Cache-Control"));
    }

    @Test
    void a_response_under_one_kilobyte_is_not_compressed() throws Exception {
        HttpResponse<byte[]> icon = get("/" + StaticAssets.url("icons/favicon.svg"), BROWSER_ENCODINGS, null);

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body().length).isLessThan(1024);
        assertThat(icon.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void every_file_of_the_app_the_login_page_links_has_a_content_hashed_address_cached_for_a_year()
            throws Exception {
        String html = gunzip(get("/login", BROWSER_ENCODINGS, null).body());
        List<String> ours = new ArrayList<>();
        Matcher links = LINKS.matcher(html);
        while (links.find()) {
            if (!links.group(1).startsWith("VAADIN/")) {
                ours.add(links.group(1));
            }
        }

        assertThat(ours).anyMatch(url -> url.matches("assets/paralelo-[0-9a-f]{32}\\.css"))
                .anyMatch(url -> url.matches("assets/sign-in-[0-9a-f]{32}\\.css"))
                .anyMatch(url -> url.matches("assets/icons/favicon-[0-9a-f]{32}\\.svg"));
        for (String url : ours) {
            HttpResponse<byte[]> file = get("/" + url, BROWSER_ENCODINGS, null);
            assertThat(file.statusCode()).as(url).isEqualTo(200);
            assertThat(maxAge(file)).as("max-age of %s", url).isGreaterThanOrEqualTo(YEAR);
            assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).as(url).contains("immutable");
        }
        System.out.println("[scale] app files on the login page, hashed and cached a year: " + ours);
    }

    @Test
    void the_logo_is_served_under_its_hash_and_a_stale_or_unhashed_name_is_not() throws Exception {
        String logo = StaticAssets.url("icons/logo.svg");
        assertThat(logo).matches("assets/icons/logo-[0-9a-f]{32}\\.svg");

        assertThat(get("/" + logo, null, null).statusCode()).isEqualTo(200);
        assertThat(StaticAssets.url("icons/logo.svg")).isSameAs(logo);
        String stale = logo.replaceAll("-[0-9a-f]{32}", "-" + "0".repeat(32));
        assertThat(get("/" + stale, null, null).statusCode()).isNotEqualTo(200);
        assertThat(get("/assets/icons/logo.svg", null, null).statusCode()).isNotEqualTo(200);
        assertThat(get("/assets/%2e%2e/application.properties", null, null).statusCode()).isNotEqualTo(200);
    }

    @Test
    void asking_for_a_file_that_is_not_under_frontend_is_a_programming_error_named_at_once() {
        assertThatThrownBy(() -> StaticAssets.url("icons/no-such-icon.svg"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-icon.svg");
    }

    private static long maxAge(HttpResponse<?> response) {
        Matcher age = Pattern.compile("max-age=(\\d+)").matcher(response.headers().firstValue("Cache-Control")
                .orElse(""));
        return age.find() ? Long.parseLong(age.group(1)) : 0;
    }

    private static String link(String html, String start) {
        Matcher links = LINKS.matcher(html);
        while (links.find()) {
            if (links.group(1).startsWith(start)) {
                return links.group(1);
            }
        }
        throw new AssertionError("no link starting with " + start + " in the login page");
    }

    private HttpResponse<byte[]> get(String path, String encodings, String session)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (encodings != null) {
            request.header("Accept-Encoding", encodings);
        }
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void print(String what, HttpResponse<byte[]> compressed, HttpResponse<byte[]> plain) {
        System.out.printf("[scale] %s: %,d bytes %s, %,d bytes plain (%.0f %%)%n", what, compressed.body().length,
                compressed.headers().firstValue("Content-Encoding").orElse("identity"), plain.body().length,
                100.0 * compressed.body().length / plain.body().length);
    }
}
