package org.paralelo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.ParaleloApplication;
import org.paralelo.assessment.AttemptService;
import org.paralelo.assessment.AttemptView;
import org.paralelo.assessment.Response;
import org.paralelo.assessment.ServicesOnly;
import org.paralelo.backup.archive.ArchiveWriter;
import org.paralelo.backup.archive.Archives;
import org.paralelo.backup.archive.Manifest;
import org.paralelo.backup.archive.Progress;
import org.paralelo.backup.archive.Restorer;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishingService;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.search.ContentType;
import org.paralelo.search.IndexAdminService;
import org.paralelo.search.SearchHit;
import org.paralelo.search.SearchRequest;
import org.paralelo.search.SearchResults;
import org.paralelo.search.SearchService;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A populated programme (courses, people, a quiz attempt with answers, uploaded files) is backed up while the
 * application runs and restored into a fresh data directory and an empty database of the same kind (H2 here, a
 * new MariaDB database on the MariaDB leg): no row and no file is lost or changed, and search answers the same.
 */
@ParaleloSpringTest
@Tag("persistence")
class BackupRoundTripTest {

    private static final String[] TRAINER = {"TRAINER"};
    private static final String[] LEARNER = {"LEARNER"};

    @Autowired
    private ConfigurableApplicationContext app;
    @Autowired
    private BackupService backups;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private MediaService media;
    @Autowired
    private AccountService accounts;
    @Autowired
    private CourseAuthoringService authoring;
    @Autowired
    private PublishingService publishing;
    @Autowired
    private SearchService search;

    @Test
    void a_populated_programme_comes_back_with_every_row_every_file_and_the_same_search_answers() throws Exception {
        String word = "zarzaparrilla" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "q");
        populate(word);
        awaitAttachmentIndexed(word);
        Map<String, Long> before = Databases.rowCounts(dataSource);
        List<String> queries = List.of(word, word + " costos", "\"costos fijos\" " + word);
        Map<String, List<String>> answers = answers(search, queries);
        assertThat(answers.get(word)).isNotEmpty();

        ArchiveInfo archive = As.admin(backups::backupNow);
        Path file = Path.of(As.admin(backups::settings).directory()).resolve(archive.name());
        Manifest manifest = Archives.verify(file, Archives.latestSchema(), Progress.NONE);
        assertThat(manifest.tables()).isEqualTo(before);
        assertThat(manifest.mediaFiles()).isEqualTo(distinctMedia());

        try (RestoreTarget target = RestoreTarget.fresh("roundtrip")) {
            Manifest restored = Restorer.restore(file, target.dataSource, target.dataDir, Progress.NONE);
            assertThat(restored.tables()).isEqualTo(before);
            // Exported again from the restored copy: every table's content is byte for byte the same.
            Manifest again = new ArchiveWriter(target.dataSource, target.dataDir.resolve("media"), "again", Map.of(),
                    Clock.systemUTC()).write(target.dataDir.resolveSibling(target.dataDir.getFileName() + "-again"),
                    Progress.NONE).manifest();
            assertThat(Databases.rowCounts(target.dataSource)).isEqualTo(before);
            assertThat(contentOf(again)).isEqualTo(contentOf(manifest));
            assertThat(filesUnder(target.dataDir.resolve("media"))).isEqualTo(filesIn(manifest))
                    .hasSize((int) manifest.mediaFiles());
            assertThat(target.dataDir.resolve("index")).isEmptyDirectory();

            try (ConfigurableApplicationContext restoredApp = start(target)) {
                IndexAdminService index = restoredApp.getBean(IndexAdminService.class);
                Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
                while (As.admin(index::status).running() && Instant.now().isBefore(deadline)) {
                    Thread.sleep(100);
                }
                assertThat(answers(restoredApp.getBean(SearchService.class), queries)).isEqualTo(answers);
            }
        }
    }

    private void populate(String word) {
        String learner = People.uniqueUsername("respaldo-aprendiz");
        long attempt = ServicesOnly.publishedQuizAttempt(app, learner, 4);
        AttemptService attempts = app.getBean(AttemptService.class);
        AttemptView view = As.user(learner, LEARNER, () -> attempts.attempt(attempt));
        for (AttemptView.AttemptQuestion question : view.questions()) {
            As.user(learner, LEARNER, () -> attempts.saveAnswer(attempt, question.question().key(),
                    new Response.Text(question.number() + ",5")));
        }
        String trainer = People.uniqueUsername("respaldo-formador");
        People.create(accounts, trainer, Role.TRAINER);
        StoredMedia guide = As.user(trainer, TRAINER, () -> media.store(new ByteArrayInputStream(
                ("Guía de costos " + word).getBytes(StandardCharsets.UTF_8)), "guía.txt", MediaPurpose.ATTACHMENT));
        CourseId course = Courses.withOneLesson(authoring, trainer, "Costos para " + word);
        As.user(trainer, TRAINER, () -> {
            String lesson = authoring.draft(course).modules().getFirst().items().getFirst().key();
            authoring.saveLesson(course, lesson, "## Costos fijos\n\nLa " + word + " y los costos fijos.\n\n"
                    + "[Guía](media/" + guide.id().value() + "/guia.txt)", authoring.lesson(course, lesson).version());
            publishing.publish(course);
        });
    }

    /** Text extraction and re-indexing run in the background: the comparison starts once they are done. */
    private void awaitAttachmentIndexed(String word) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && As.admin(() -> search.search(new SearchRequest(word, null, null,
                ContentType.ATTACHMENT, null, 0, Locale.forLanguageTag("es-MX")))).total() == 0) {
            Thread.sleep(200);
        }
    }

    /**
     * The hits of each query that belong to this test's courses (those the first, unique-word query finds): the
     * shared test index also holds other tests' courses, which tie on words like "costos" and may come back in
     * another order after a rebuild.
     */
    private static Map<String, List<String>> answers(SearchService search, List<String> queries) {
        Map<String, List<SearchHit>> hits = new TreeMap<>();
        for (String query : queries) {
            SearchResults results = As.admin(() -> search.search(new SearchRequest(query, null, null, null, null, 0,
                    Locale.forLanguageTag("es-MX"))));
            hits.put(query, results.hits());
        }
        java.util.Set<Long> ours = hits.get(queries.getFirst()).stream().map(SearchHit::courseId)
                .collect(java.util.stream.Collectors.toSet());
        Map<String, List<String>> answers = new TreeMap<>();
        hits.forEach((query, found) -> answers.put(query, found.stream().filter(hit -> ours.contains(hit.courseId()))
                .map(hit -> hit.id() + " " + hit.title()).toList()));
        return answers;
    }

    private long distinctMedia() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(distinct sha256) from media_file")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> contentOf(Manifest manifest) {
        return manifest.entries().stream().filter(e -> !e.name().startsWith("config/"))
                .collect(Collectors.toMap(Manifest.Entry::name, Manifest.Entry::sha256, (a, b) -> a, TreeMap::new));
    }

    private static Set<String> filesIn(Manifest manifest) {
        return manifest.entries().stream().map(Manifest.Entry::name).filter(n -> n.startsWith("media/"))
                .map(n -> n.substring(n.lastIndexOf('/') + 1)).collect(Collectors.toSet());
    }

    /** The stored files by the SHA-256 of their bytes, checking that each is stored under its own hash. */
    private static Set<String> filesUnder(Path media) throws IOException {
        try (var files = Files.walk(media)) {
            return files.filter(Files::isRegularFile).map(file -> {
                String hash = sha256(file);
                assertThat(file.getFileName()).hasToString(hash);
                return hash;
            }).collect(Collectors.toSet());
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application, services only, on the restored data directory and database. */
    static ConfigurableApplicationContext start(RestoreTarget target) {
        return new SpringApplicationBuilder(ParaleloApplication.class).web(WebApplicationType.NONE)
                .profiles("test").logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "spring.main.lazy-initialization=true", "logging.level.root=warn",
                        "logging.level.org.paralelo=warn", "paralelo.backup.cron=-",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                + "com.vaadin.flow.spring.VaadinScopesConfig")
                .run("--paralelo.data-dir=" + target.dataDir, "--spring.datasource.url=" + target.url,
                        "--spring.datasource.username=" + RestoreTarget.user(),
                        "--spring.datasource.password=" + RestoreTarget.password());
    }
}
