package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseImportService;
import org.paralelo.interchange.web.PackageUploadServlet;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/packages} on the real Tomcat, as {@code curl -u user:pass -F file=@curso.zip} sends it.
 * Configured like the browser tests so they share one application context.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClock.Configuration.class, SharedPasswordHash.Configuration.class})
@Tag("persistence")
class PackageApiOverHttpTest {

    private static final String BOUNDARY = "----paralelo-prueba";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CourseImportService imports;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    JdbcClient jdbc;

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
    void a_common_cartridge_is_imported_through_the_same_endpoint_whatever_it_is_called() throws Exception {
        HttpResponse<String> response = post("/api/packages?preview=true", trainer(),
                CartridgeFixtures.real("canvas-quizzes.imscc"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        assertThat(report.get("quizzes").asInt()).isEqualTo(3);
        assertThat(report.get("questions").asInt()).isEqualTo(6);
        assertThat(report.get("imported").asBoolean()).isFalse();
    }

    @Test
    void a_gift_file_goes_into_the_bank_of_the_course_named_and_without_one_the_answer_says_how() throws Exception {
        String trainer = trainer();
        long course = json.readTree(post("/api/packages", trainer, CoursePackageExporter.zip(PackageFixtures.minimal(
                People.uniqueUsername("api").toLowerCase()))).body()).get("courseId").asLong();
        byte[] gift = "::Nueva::¿El acta lleva firmas? {T}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<String> without = post("/api/packages", trainer, gift);
        HttpResponse<String> with = post("/api/packages?course=" + course, trainer, gift);

        assertThat(without.statusCode()).isEqualTo(422);
        assertThat(json.readTree(without.body()).get("error").asString())
                .isEqualTo("interchange.api.questions-need-course");
        assertThat(with.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(with.body());
        assertThat(report.get("format").asString()).isEqualTo("GIFT");
        assertThat(report.get("stored").asInt()).isEqualTo(1);
    }

    @Test
    void a_file_that_is_neither_a_package_nor_questions_gets_a_clear_422() throws Exception {
        HttpResponse<String> response = post("/api/packages", trainer(), new byte[] {0x7f, 'E', 'L', 'F', 0, 1});

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json.readTree(response.body()).get("error").asString())
                .isEqualTo("interchange.upload.unknown-format");
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
    void learners_get_403_and_nothing_is_imported() throws Exception {
        String learner = People.uniqueUsername("aprendiz-api");
        People.create(accounts, learner, Role.LEARNER);
        String code = "x-" + People.uniqueUsername("api").toLowerCase();

        HttpResponse<String> response = post("/api/packages", learner,
                CoursePackageExporter.zip(PackageFixtures.minimal(code)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("error").asString()).isEqualTo("interchange.api.forbidden");
        assertThat(courseWithCode(code)).isFalse();
    }

    @Test
    void a_preview_reports_what_would_be_done_and_stores_nothing() throws Exception {
        String code = People.uniqueUsername("api").toLowerCase();
        long mediaBefore = mediaRows();

        HttpResponse<String> response = post("/api/packages?preview=true&publish=true", trainer(),
                CoursePackageExporter.zip(PackageFixtures.minimal(code)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        assertThat(report.get("imported").asBoolean()).isFalse();
        assertThat(report.get("published").asBoolean()).isFalse();
        assertThat(report.get("action").asString()).isEqualTo("create");
        assertThat(report.get("courseId").isNull()).isTrue();
        assertThat(report.get("questions").asInt()).isEqualTo(2);
        assertThat(report.get("errors")).isEmpty();
        assertThat(courseWithCode(code)).isFalse();
        assertThat(mediaRows()).isEqualTo(mediaBefore);
    }

    @Test
    void course_id_updates_that_course_even_from_a_package_with_another_code() throws Exception {
        String trainer = trainer();
        String code = People.uniqueUsername("api").toLowerCase();
        long id = json.readTree(post("/api/packages", trainer, CoursePackageExporter.zip(PackageFixtures.minimal(
                code))).body()).get("courseId").asLong();
        String otherCode = People.uniqueUsername("otro").toLowerCase();
        Map<String, byte[]> renamed = PackageFixtures.with(PackageFixtures.minimal(otherCode), "course.yaml",
                PackageFixtures.MANIFEST.formatted(otherCode).replace("Taller de prueba", "Taller renovado"));

        HttpResponse<String> response = post("/api/packages?course=" + id, trainer,
                CoursePackageExporter.zip(renamed));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        assertThat(report.get("action").asString()).isEqualTo("update");
        assertThat(report.get("courseId").asLong()).isEqualTo(id);
        assertThat(As.user(trainer, new String[] {"TRAINER"}, () -> authoring.draft(new CourseId(id))).details()
                .title()).isEqualTo("Taller renovado");
        // The course keeps its own code; the package's names no course.
        assertThat(courseWithCode(code)).isTrue();
        assertThat(courseWithCode(otherCode)).isFalse();
    }

    @Test
    void messages_follow_accept_language_and_are_spanish_by_default() throws Exception {
        Map<String, byte[]> files = PackageFixtures.with(PackageFixtures.minimal(People.uniqueUsername("api")
                .toLowerCase()), "lessons/l1.md", "Hola\n[falta](media/no.pdf)\n");
        byte[] zip = CoursePackageExporter.zip(files);
        String trainer = trainer();

        String english = firstErrorMessage(post("/api/packages", trainer, zip, "en-US,en;q=0.9"));
        String preferred = firstErrorMessage(post("/api/packages", trainer, zip, "fr-FR, en;q=0.5"));
        String spanish = firstErrorMessage(post("/api/packages", trainer, zip, null));

        assertThat(english).isEqualTo("The lesson links \"media/no.pdf\", which is not in the package.");
        assertThat(preferred).isEqualTo(english);
        assertThat(spanish).isEqualTo("La lección enlaza «media/no.pdf», que no está en el paquete.");
    }

    @Test
    void a_content_length_over_the_limit_gets_413_before_the_body_is_read() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/packages HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: "
                    + basic(trainer(), People.PASSWORD) + "\r\nAccept-Language: en\r\nContent-Type: "
                    + "multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: "
                    + (PackageUploadServlet.MAX_REQUEST_BYTES + 1) + "\r\n\r\n--" + BOUNDARY + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = readResponse(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("\"error\":\"interchange.api.too-large\"",
                    "The request is larger than 210 MB or has too many parts.");
        }
    }

    @Test
    void a_chunked_upload_that_passes_the_limit_while_the_zip_is_read_gets_413_and_leaves_nothing()
            throws Exception {
        String code = People.uniqueUsername("api").toLowerCase();
        long mediaBefore = mediaRows();
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(multipartHead()),
                new OversizedZip(PackageFixtures.minimal(code), PackageUploadServlet.MAX_REQUEST_BYTES
                        + 256 * 1024))));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/packages?publish=true"))
                        .header("Authorization", basic(trainer(), People.PASSWORD))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode error = json.readTree(response.body());
        assertThat(error.get("error").asString()).isEqualTo("interchange.api.too-large");
        assertThat(error.get("message").asString())
                .isEqualTo("La solicitud pasa de 210 MB o tiene demasiadas partes.");
        assertThat(courseWithCode(code)).isFalse();
        assertThat(mediaRows()).isEqualTo(mediaBefore);
    }

    private String trainer() {
        String trainer = People.uniqueUsername("api-formadora");
        People.create(accounts, trainer, Role.TRAINER);
        return trainer;
    }

    private HttpResponse<String> post(String path, String user, byte[] zip) throws Exception {
        return post(path, user, zip, null);
    }

    private HttpResponse<String> post(String path, String user, byte[] zip, String languages) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
                .header("Authorization", basic(user, People.PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(zip)));
        if (languages != null) {
            request.header("Accept-Language", languages);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Status line, headers and a body of the length they give (the server need not close the connection). */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)")
                .matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }

    private String firstErrorMessage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(422);
        return json.readTree(response.body()).get("errors").get(0).get("message").asString();
    }

    private boolean courseWithCode(String code) {
        return jdbc.sql("select count(*) from course where code = ?").param(code).query(Long.class).single() > 0;
    }

    private long mediaRows() {
        return jdbc.sql("select count(*) from media_file").query(Long.class).single();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] multipartHead() {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"curso.zip\""
                + "\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] multipart(byte[] zip) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(multipartHead());
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /**
     * A valid package, then ZIP entries that are almost all header (an extra field of 64 kB and no content), made
     * as they are read, until {@code length} bytes: the unpacked size stays tiny, so only the request's own cap
     * can stop it, and only while the ZIP is being read.
     */
    private static final class OversizedZip extends InputStream {

        /** Nearly the most a local header may hold (64 kB with the name and the fixed fields). */
        private static final int EXTRA = 65_000;
        private final byte[] start;
        private final long length;
        private long position;
        private byte[] chunk = new byte[0];
        private int offset;
        private int padding;

        OversizedZip(Map<String, byte[]> files, long length) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.forEach((name, bytes) -> out.writeBytes(entry(name, bytes, 0)));
            this.start = out.toByteArray();
            this.length = length;
            this.chunk = start;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            if (offset == chunk.length) {
                chunk = entry("relleno/" + padding++, new byte[0], EXTRA);
                offset = 0;
            }
            int n = (int) Math.min(Math.min(len, chunk.length - offset), length - position);
            System.arraycopy(chunk, offset, b, off, n);
            offset += n;
            position += n;
            return n;
        }

        /** A stored (uncompressed) local entry with its sizes and CRC in the header. */
        private static byte[] entry(String name, byte[] content, int extra) {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(content);
            java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(30 + nameBytes.length + extra + content.length)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            header.putInt(0x04034b50).putShort((short) 10).putShort((short) 0x0800).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0x0021).putInt((int) crc.getValue())
                    .putInt(content.length).putInt(content.length).putShort((short) nameBytes.length)
                    .putShort((short) extra).put(nameBytes);
            if (extra > 0) {
                // One unknown extra block filling the field; readers skip what they do not know.
                header.putShort((short) 0x7070).putShort((short) (extra - 4)).put(new byte[extra - 4]);
            }
            return header.put(content).array();
        }
    }
}
