package org.paralelo.backup.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.paralelo.backup.BackupRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an archive back into a fresh data directory and an empty database, of either kind. The archive is checked
 * whole first (nothing is written for a damaged, foreign or newer one); then Flyway creates the schema exactly at
 * the archive's version, every table is loaded (reference rows written by migrations are replaced by the
 * archive's), the media files are put back under their hashes, and the search index is left empty, to be rebuilt
 * from the database at the next start. The application's next start migrates to its own newer version, if any.
 * If loading fails, what was written is removed again.
 */
public final class Restorer {

    private static final Logger log = LoggerFactory.getLogger(Restorer.class);
    /** What a fresh data directory may already hold: the archives themselves, often copied next to it. */
    private static final String BACKUPS = "backups";

    private Restorer() {
    }

    public static Manifest restore(Path archive, DataSource target, Path dataDir, Progress progress)
            throws IOException, SQLException {
        return load(check(archive, dataDir, progress), archive, target, dataDir, progress);
    }

    /** Everything that can be refused before the target is touched: the archive whole, the folder empty. */
    public static Manifest check(Path archive, Path dataDir, Progress progress) throws IOException {
        Manifest manifest = Archives.verify(archive, Archives.latestSchema(), progress);
        refuseNonEmpty(dataDir);
        return manifest;
    }

    /** Loads a checked archive into the target database (which must have no table) and the data directory. */
    public static Manifest load(Manifest manifest, Path archive, DataSource target, Path dataDir, Progress progress)
            throws IOException, SQLException {
        Path mediaRoot = dataDir.resolve("media");
        List<Path> written = new ArrayList<>();
        DatabaseKind kind;
        try (Connection connection = target.getConnection()) {
            kind = DatabaseKind.of(connection);
            if (!kind.tables(connection).isEmpty()) {
                throw new BackupRefusedException("backup.refused.database-not-empty");
            }
        }
        try {
            Flyway.configure().dataSource(target).locations("classpath:db/migration")
                    .target(MigrationVersion.fromVersion(manifest.schemaVersion())).load().migrate();
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                loadTables(zip, manifest, target, kind, progress);
                copyMedia(zip, manifest, mediaRoot, written, progress);
            }
            Files.createDirectories(dataDir.resolve("index"));
            progress.step(Progress.Phase.FINISHING, 1, 1);
            return manifest;
        } catch (IOException | SQLException | RuntimeException e) {
            undo(target, kind, written);
            throw e;
        }
    }

    private static void loadTables(ZipFile zip, Manifest manifest, DataSource target, DatabaseKind kind,
                                   Progress progress) throws IOException, SQLException {
        List<String> entries = Archives.tableEntries(manifest);
        try (Connection connection = target.getConnection()) {
            connection.setAutoCommit(false);
            kind.foreignKeyChecks(connection, false);
            Map<String, String> tables = new HashMap<>();
            kind.dataTables(connection).forEach(table -> tables.put(table.toLowerCase(Locale.ROOT), table));
            try {
                long done = 0;
                for (String name : entries) {
                    progress.step(Progress.Phase.DATABASE, done++, entries.size());
                    ZipEntry entry = zip.getEntry(name);
                    try (InputStream in = zip.getInputStream(entry);
                         BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                                 StandardCharsets.UTF_8))) {
                        TableRows.load(connection, kind, tables, reader);
                    }
                    connection.commit();
                }
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                kind.foreignKeyChecks(connection, true);
                connection.commit();
                connection.setAutoCommit(true);
            }
        }
    }

    private static void copyMedia(ZipFile zip, Manifest manifest, Path mediaRoot, List<Path> written,
                                  Progress progress) throws IOException {
        List<Manifest.Entry> media = manifest.entries().stream().filter(e -> Archives.mediaHash(e.name()) != null)
                .toList();
        long done = 0;
        for (Manifest.Entry entry : media) {
            progress.step(Progress.Phase.MEDIA, done++, media.size());
            Path file = Archives.mediaPath(mediaRoot, entry.sha256());
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            try (InputStream in = zip.getInputStream(zip.getEntry(entry.name()))) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(part);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            written.add(file);
        }
    }

    /** A fresh data directory holds no file, except archives under {@code backups/}. */
    static void refuseNonEmpty(Path dataDir) throws IOException {
        if (!Files.exists(dataDir)) {
            Files.createDirectories(dataDir);
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            throw new BackupRefusedException("backup.refused.not-empty", dataDir.toString());
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            boolean occupied = files.filter(Files::isRegularFile)
                    .anyMatch(file -> !dataDir.relativize(file).startsWith(BACKUPS));
            if (occupied) {
                throw new BackupRefusedException("backup.refused.not-empty", dataDir.toString());
            }
        }
    }

    private static void undo(DataSource target, DatabaseKind kind, List<Path> written) {
        try (Connection connection = target.getConnection()) {
            kind.dropAll(connection);
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not remove the tables of the failed restore: {}", e.toString());
        }
        for (Path file : written) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not remove {} after the failed restore", file);
            }
        }
    }
}
