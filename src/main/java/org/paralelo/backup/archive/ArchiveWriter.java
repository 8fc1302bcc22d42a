package org.paralelo.backup.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.paralelo.backup.BackupRefusedException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one archive while the application runs. Every table is read inside one snapshot transaction (H2's
 * SNAPSHOT isolation, MariaDB's {@code START TRANSACTION WITH CONSISTENT SNAPSHOT}), so the copy is the database as
 * it was at one instant: every commit acknowledged before the backup started is in it, none that came later. The
 * media files are those the snapshot's {@code media_file} rows name; files are content-addressed and placed before
 * their row is committed, so each one exists and never changes. The archive is written as {@code .part} and renamed
 * when complete, so a crash never leaves something that looks like a backup.
 */
public final class ArchiveWriter {

    /** Names of the archives this application writes (and the only files it lists or deletes). */
    public static final Pattern ARCHIVE_NAME = Pattern.compile("paralelo-backup-\\d{8}-\\d{6}(-\\d{1,3})?\\.zip");
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final int BUFFER = 64 * 1024;

    private final DataSource database;
    private final Path mediaRoot;
    private final String appVersion;
    private final Map<String, String> settings;
    private final Clock clock;

    /**
     * @param mediaRoot the content-addressed store ({@code <data-dir>/media})
     * @param settings  effective, non-secret settings, recorded in {@code config/settings.properties}
     */
    public ArchiveWriter(DataSource database, Path mediaRoot, String appVersion, Map<String, String> settings,
                         Clock clock) {
        this.database = database;
        this.mediaRoot = mediaRoot;
        this.appVersion = appVersion;
        this.settings = new TreeMap<>(settings);
        this.clock = clock;
    }

    /** Writes a new archive into {@code directory}; answers its path and manifest. */
    public Written write(Path directory, Progress progress) throws IOException, SQLException {
        Files.createDirectories(directory);
        Instant started = clock.instant();
        Path target = freeName(directory, started);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Manifest manifest;
            try (OutputStream file = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW);
                 ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(file, BUFFER))) {
                manifest = writeEntries(zip, started, progress);
                zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                zip.putNextEntry(new ZipEntry(Manifest.NAME));
                zip.write(JSON.writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            progress.step(Progress.Phase.FINISHING, 1, 1);
            return new Written(target, manifest);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    /** A finished archive. */
    public record Written(Path path, Manifest manifest) {
    }

    private Manifest writeEntries(ZipOutputStream zip, Instant started, Progress progress)
            throws IOException, SQLException {
        List<Manifest.Entry> entries = new ArrayList<>();
        Map<String, Long> tables = new LinkedHashMap<>();
        String kindName;
        String schema;
        List<String> media;
        try (Connection connection = database.getConnection()) {
            DatabaseKind kind = DatabaseKind.of(connection);
            kindName = kind.name();
            kind.beginSnapshot(connection);
            try {
                // The first read fixes the snapshot.
                schema = schemaVersion(connection, kind);
                List<String> names = kind.dataTables(connection);
                media = referencedMedia(connection, names);
                int done = 0;
                for (String table : names) {
                    progress.step(Progress.Phase.DATABASE, done++, names.size());
                    // Named in lower case in the archive, so archives of both kinds read alike.
                    String key = table.toLowerCase(Locale.ROOT);
                    String name = "db/" + key + ".jsonl";
                    zip.putNextEntry(new ZipEntry(name));
                    Digests.Counting counting = new Digests.Counting(zip);
                    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(counting,
                            StandardCharsets.UTF_8), BUFFER);
                    tables.put(key, TableRows.export(connection, kind, table, writer));
                    writer.flush();
                    zip.closeEntry();
                    entries.add(counting.entry(name));
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        long mediaBytes = copyMedia(zip, media, entries, progress);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(Archives.SETTINGS));
        Digests.Counting counting = new Digests.Counting(zip);
        counting.write(settingsText().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        entries.add(counting.entry(Archives.SETTINGS));
        return new Manifest(Manifest.FORMAT, appVersion, schema, kindName, started.toString(), tables, media.size(),
                mediaBytes, entries);
    }

    private long copyMedia(ZipOutputStream zip, List<String> media, List<Manifest.Entry> entries,
                           Progress progress) throws IOException {
        // Stored images and documents are mostly compressed already: the fastest level is enough.
        zip.setLevel(Deflater.BEST_SPEED);
        long bytes = 0;
        int done = 0;
        for (String sha256 : media) {
            progress.step(Progress.Phase.MEDIA, done++, media.size());
            Path file = Archives.mediaPath(mediaRoot, sha256);
            if (!Files.isRegularFile(file)) {
                throw new BackupRefusedException("backup.refused.media-missing", sha256);
            }
            String name = Archives.mediaEntry(sha256);
            zip.putNextEntry(new ZipEntry(name));
            Digests.Counting counting = new Digests.Counting(zip);
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(counting);
            }
            zip.closeEntry();
            Manifest.Entry entry = counting.entry(name);
            if (!entry.sha256().equals(sha256)) {
                // A stored file no longer matches its name: say so rather than keep a bad copy quietly.
                throw new BackupRefusedException("backup.refused.media-corrupt", sha256);
            }
            entries.add(entry);
            bytes += entry.size();
        }
        progress.step(Progress.Phase.MEDIA, media.size(), media.size());
        return bytes;
    }

    private String settingsText() {
        StringBuilder text = new StringBuilder("# Effective settings when this backup was taken (secrets left out).\n"
                + "# Platform settings chosen in the app live in the database and are restored with it.\n");
        settings.forEach((key, value) -> text.append(key).append('=')
                .append(value.replace("\\", "\\\\").replace("\n", "\\n")).append('\n'));
        return text.toString();
    }

    static String schemaVersion(Connection connection, DatabaseKind kind) throws SQLException {
        MigrationVersion latest = null;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select " + kind.quote("version") + " from "
                     + kind.quote(DatabaseKind.HISTORY) + " where " + kind.quote("success") + " = true and "
                     + kind.quote("version") + " is not null")) {
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                if (latest == null || version.isNewerThan(latest)) {
                    latest = version;
                }
            }
        }
        if (latest == null) {
            throw new BackupRefusedException("backup.refused.no-database");
        }
        return latest.getVersion();
    }

    private static List<String> referencedMedia(Connection connection, List<String> tables) throws SQLException {
        TreeSet<String> hashes = new TreeSet<>();
        if (tables.stream().anyMatch("media_file"::equalsIgnoreCase)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select distinct sha256 from media_file")) {
                while (rows.next()) {
                    hashes.add(rows.getString(1).trim());
                }
            }
        }
        return new ArrayList<>(hashes);
    }

    private static Path freeName(Path directory, Instant at) {
        String stem = "paralelo-backup-" + STAMP.format(at);
        Path candidate = directory.resolve(stem + ".zip");
        for (int n = 2; Files.exists(candidate) || Files.exists(candidate.resolveSibling(candidate.getFileName()
                + ".part")); n++) {
            candidate = directory.resolve(stem + "-" + n + ".zip");
        }
        return candidate;
    }
}
