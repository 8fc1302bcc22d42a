package org.paralelo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.backup.archive.Manifest;
import org.paralelo.backup.archive.Progress;
import org.paralelo.backup.archive.Restorer;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A restore refuses, before writing anything, an archive that is cut short, altered, incomplete, not ours or of a
 * newer schema, and never writes into a data directory or a database that already holds something.
 */
@ParaleloSpringTest
@Tag("persistence")
class ArchiveRefusalTest {

    @Autowired
    private BackupService backups;
    @Autowired
    private DataSource dataSource;

    private Path archive;
    private Path emptyDir;

    @BeforeEach
    void oneGoodArchive() throws IOException {
        ArchiveInfo written = As.admin(backups::backupNow);
        archive = Path.of(As.admin(backups::settings).directory()).resolve(written.name());
        emptyDir = Files.createTempDirectory(archive.getParent(), "empty-");
    }

    @Test
    void an_archive_cut_short_is_refused_as_damaged_and_nothing_is_written() throws IOException {
        assertRefused(TamperedArchives.truncated(archive, 0.6), "backup.refused.not-a-zip");
        assertRefused(TamperedArchives.truncated(archive, 0.0), "backup.refused.not-a-zip");
    }

    @Test
    void an_entry_that_no_longer_matches_its_checksum_is_refused() throws IOException {
        Path altered = TamperedArchives.rewritten(archive, "altered", (name, bytes) -> name.equals("db/person.jsonl")
                ? TamperedArchives.bytes(TamperedArchives.text(bytes).replaceFirst("admin", "admim")) : bytes);
        assertRefused(altered, "backup.refused.damaged");
    }

    @Test
    void an_archive_missing_an_entry_or_holding_one_more_is_refused() throws IOException {
        assertRefused(TamperedArchives.rewritten(archive, "missing", (name, bytes) ->
                name.equals("db/quiz_answer.jsonl") ? null : bytes), "backup.refused.damaged");
        assertRefused(TamperedArchives.rewritten(archive, "extra", (name, bytes) -> bytes, "../../escape.txt",
                TamperedArchives.bytes("fuera")), "backup.refused.damaged");
    }

    @Test
    void a_file_that_is_not_a_paralelo_backup_is_refused_as_foreign() throws IOException {
        Path text = archive.resolveSibling("notas-" + System.nanoTime() + ".zip");
        Files.writeString(text, "esto no es un respaldo");
        assertRefused(text, "backup.refused.not-a-zip");
        assertRefused(TamperedArchives.rewritten(archive, "no-manifest", (name, bytes) ->
                name.equals(Manifest.NAME) ? null : bytes), "backup.refused.foreign");
        assertRefused(TamperedArchives.rewritten(archive, "other-format", (name, bytes) ->
                name.equals(Manifest.NAME) ? TamperedArchives.bytes(TamperedArchives.text(bytes)
                        .replace(Manifest.FORMAT, "moodle-backup/2")) : bytes), "backup.refused.foreign");
        assertRefused(TamperedArchives.rewritten(archive, "not-json", (name, bytes) ->
                name.equals(Manifest.NAME) ? TamperedArchives.bytes("{\"format\":") : bytes), "backup.refused.foreign");
    }

    @Test
    void an_archive_from_a_newer_schema_is_refused_with_both_versions_named() throws IOException {
        Path newer = TamperedArchives.rewritten(archive, "newer", (name, bytes) -> name.equals(Manifest.NAME)
                ? TamperedArchives.bytes(TamperedArchives.text(bytes).replaceFirst(
                        "\"schemaVersion\"\\s*:\\s*\"[^\"]+\"", "\"schemaVersion\" : \"999\"")) : bytes);
        assertThatThrownBy(() -> Restorer.check(newer, emptyDir, Progress.NONE))
                .isInstanceOfSatisfying(BackupRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("backup.refused.newer-schema");
                    assertThat(e.arguments()[0]).isEqualTo("999");
                });
        assertThat(emptyDir).isEmptyDirectory();
    }

    @Test
    void a_data_directory_that_holds_anything_is_never_written_into() throws IOException {
        Path used = Files.createTempDirectory(archive.getParent(), "used-");
        Files.createDirectories(used.resolve("media"));
        Path file = Files.writeString(used.resolve("media/nota.txt"), "mío");
        assertThatThrownBy(() -> Restorer.check(archive, used, Progress.NONE))
                .isInstanceOfSatisfying(BackupRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("backup.refused.not-empty"));
        assertThat(Files.readString(file)).isEqualTo("mío");
        try (var files = Files.list(used)) {
            assertThat(files).containsExactly(used.resolve("media"));
        }
    }

    @Test
    void a_database_that_already_has_tables_is_never_written_into() throws IOException {
        Map<String, Long> before = Databases.rowCounts(dataSource);
        Manifest manifest = Restorer.check(archive, emptyDir, Progress.NONE);
        assertThatThrownBy(() -> Restorer.load(manifest, archive, dataSource, emptyDir, Progress.NONE))
                .isInstanceOfSatisfying(BackupRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("backup.refused.database-not-empty"));
        assertThat(Databases.rowCounts(dataSource)).isEqualTo(before);
        assertThat(emptyDir).isEmptyDirectory();
    }

    private void assertRefused(Path bad, String key) {
        assertThatThrownBy(() -> Restorer.check(bad, emptyDir, Progress.NONE))
                .isInstanceOfSatisfying(BackupRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(emptyDir).isEmptyDirectory();
    }
}
