package org.paralelo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.backup.archive.Archives;
import org.paralelo.backup.archive.Manifest;
import org.paralelo.backup.archive.Progress;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code java -jar paralelo.jar backup|restore|verify}: an archive of the running application is restored into a
 * fresh embedded data directory (also when it came from MariaDB), backed up again from there and verified; a bad
 * archive or a used folder is refused with a clear message in the system's language, and a wrong command line
 * gets the usage.
 */
@ParaleloSpringTest
@Tag("persistence")
class BackupCommandLineTest {

    @Autowired
    private BackupService backups;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void an_archive_is_restored_into_a_fresh_folder_backed_up_again_and_verified_from_the_command_line()
            throws IOException, SQLException {
        Path archive = archive();
        Manifest original = Archives.verify(archive, Archives.latestSchema(), Progress.NONE);
        Path dataDir = archive.resolveSibling("cli-restore-" + System.nanoTime());
        String h2 = "--spring.datasource.url=" + RestoreTarget.h2Url(dataDir);

        assertThat(run(Locale.ENGLISH, "restore", archive.toString(), "--data-dir", dataDir.toString(), h2))
                .as(text(err)).isZero();
        assertThat(text(out)).contains("Restored", dataDir.toString(), "search index will be rebuilt");

        Path again = archive.resolveSibling("cli-again-" + System.nanoTime());
        assertThat(run(Locale.ENGLISH, "backup", "--data-dir", dataDir.toString(), h2, "--to", again.toString()))
                .as(text(err)).isZero();
        Path copy;
        try (var files = Files.list(again)) {
            copy = files.filter(f -> f.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        Manifest second = Archives.verify(copy, Archives.latestSchema(), Progress.NONE);
        // Every row came back, and the restored database's audit log has one more: the restore itself.
        Map<String, Long> restored = new TreeMap<>(original.tables());
        restored.merge("audit_entry", 1L, Long::sum);
        assertThat(second.tables()).isEqualTo(restored);
        assertThat(second.databaseKind()).isEqualTo("H2");
        assertThat(second.mediaFiles()).isEqualTo(original.mediaFiles());

        assertThat(run(new Locale("es", "MX"), "verify", copy.toString())).isZero();
        assertThat(text(out)).contains("está completo");

        // The folder now holds data: a second restore into it is refused, and the data stays.
        assertThat(run(new Locale("es", "MX"), "restore", archive.toString(), "--data-dir", dataDir.toString(), h2))
                .isEqualTo(1);
        assertThat(text(err)).contains("no está vacía");
        assertThat(Files.list(dataDir.resolve("db")).count()).isPositive();
        assertThat(restoresLogged(dataDir)).containsExactly("system: " + archive.getFileName());
    }

    /** The restored database's own audit log names the restore (and nothing else from this command line). */
    private static List<String> restoresLogged(Path dataDir) throws SQLException {
        List<String> logged = new ArrayList<>();
        // The command line created the database with the configured user (DB_USER is root in CI's MariaDB leg).
        String user = System.getenv().getOrDefault("DB_USER", "sa");
        String password = System.getenv().getOrDefault("DB_PASSWORD", "");
        try (Connection db = DriverManager.getConnection(RestoreTarget.h2Url(dataDir), user, password);
             ResultSet rows = db.createStatement().executeQuery(
                     "select actor, subject from audit_entry where action = 'BACKUP_RESTORED'")) {
            while (rows.next()) {
                logged.add(rows.getString("actor") + ": " + rows.getString("subject").replaceAll(" \\(.*", ""));
            }
        }
        return logged;
    }

    @Test
    void a_damaged_archive_is_refused_with_a_message_in_english_or_spanish() throws IOException {
        Path cut = TamperedArchives.truncated(archive(), 0.5);
        Path dataDir = cut.resolveSibling("cli-refused-" + System.nanoTime());
        String h2 = "--spring.datasource.url=" + RestoreTarget.h2Url(dataDir);
        assertThat(run(Locale.ENGLISH, "restore", cut.toString(), "--data-dir", dataDir.toString(), h2)).isEqualTo(1);
        assertThat(text(err)).contains("is damaged or incomplete");
        assertThat(run(new Locale("es", "MX"), "restore", cut.toString(), "--data-dir", dataDir.toString(), h2))
                .isEqualTo(1);
        assertThat(text(err)).contains("está dañado o incompleto");
        assertThat(dataDir).doesNotExist();

        Path foreign = TamperedArchives.rewritten(archive(), "cli-foreign", (name, bytes) ->
                name.equals(Manifest.NAME) ? null : bytes);
        assertThat(run(Locale.ENGLISH, "verify", foreign.toString())).isEqualTo(1);
        assertThat(text(err)).contains("is not a Paralelo backup");
    }

    @Test
    void a_wrong_command_line_gets_the_usage() {
        assertThat(run(Locale.ENGLISH, "restore")).isEqualTo(2);
        assertThat(text(err)).contains("Usage:", "java -jar paralelo.jar restore ARCHIVE.zip");
        assertThat(run(Locale.ENGLISH, "backup", "extra")).isEqualTo(2);
        assertThat(BackupCommandLine.handles(new String[] {"backup"})).isTrue();
        assertThat(BackupCommandLine.handles(new String[] {"--server.port=9000"})).isFalse();
        assertThat(BackupCommandLine.handles(new String[0])).isFalse();
    }

    private Path archive() {
        ArchiveInfo written = As.admin(backups::backupNow);
        return Path.of(As.admin(backups::settings).directory()).resolve(written.name());
    }

    private int run(Locale locale, String... args) {
        out.reset();
        err.reset();
        return new BackupCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale).execute(args);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
