package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/packages} on the real Tomcat, as {@code curl -u user:pass -F file=@curso.zip} sends it.
 * Configured like the browser tests so they share one application context.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
@Tag("persistence")
class PackageApiOverHttpTest {

    private static final String BOUNDARY = "----paralelo-prueba";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_trainer_imports_a_zip_with_basic_auth_and_gets_the_report_as_json() throws Exception {
        String trainer = trainer();
        String code = People.uniqueUsername("api").toLowerCase();

        HttpResponse<String> response = post("/api/packages?publish=true", trainer,
                CoursePackageExporter.zip(PackageFixtures.minimal(code)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        assertThat(report.get("imported").asBoolean()).isTrue();
        assertThat(report.get("published").asBoolean()).isTrue();
        assertThat(report.get("code").asString()).isEqualTo(code);
        assertThat(report.get("lessons").asInt()).isEqualTo(1);
        assertThat(report.get("questions").asInt()).isEqualTo(2);
        assertThat(report.get("courseId").asLong()).isPositive();
    }

    @Test
    void a_broken_package_gets_422_with_every_error_and_its_file_and_line() throws Exception {
        Map<String, byte[]> files = PackageFixtures.with(PackageFixtures.minimal(People.uniqueUsername("api")
                .toLowerCase()), "lessons/l1.md", "Hola\n[falta](media/no.pdf)\n");

        HttpResponse<String> response = post("/api/packages", trainer(), CoursePackageExporter.zip(files));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = json.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("where").asString()).isEqualTo("lessons/l1.md:2");
        assertThat(error.get("code").asString()).isEqualTo("interchange.package.missing-media");
        assertThat(error.get("message").asString()).contains("media/no.pdf");
    }

    @Test
    void a_zip_slip_archive_is_refused_with_422() throws Exception {
        HttpResponse<String> response = post("/api/packages", trainer(),
                PackageFilesTest.zip(Map.of("course.yaml", "x", "../../evil", "x")));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("interchange.package.unsafe-path");
    }

    @Test
    void anonymous_callers_get_401_and_a_basic_challenge() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/packages"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(new byte[] {1}))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void a_wrong_password_gets_401() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/packages"))
                .header("Authorization", basic(trainer(), "no-es-la-contraseña"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(new byte[] {1}))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void learners_get_403() throws Exception {
        String learner = People.uniqueUsername("aprendiz-api");
        People.create(accounts, learner, Role.LEARNER);

        HttpResponse<String> response = post("/api/packages", learner,
                CoursePackageExporter.zip(PackageFixtures.minimal("x-" + People.uniqueUsername("api"))));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private String trainer() {
        String trainer = People.uniqueUsername("api-formadora");
        People.create(accounts, trainer, Role.TRAINER);
        return trainer;
    }

    private HttpResponse<String> post(String path, String user, byte[] zip) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path))
                .header("Authorization", basic(user, People.PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(zip))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(byte[] zip) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"curso.zip\""
                + "\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
