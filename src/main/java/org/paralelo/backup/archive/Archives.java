package org.paralelo.backup.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.paralelo.backup.BackupRefusedException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;

/** The archive layout, and the check that an archive is whole, ours and not newer than this application. */
public final class Archives {

    static final String SETTINGS = "config/settings.properties";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TABLE_ENTRY = Pattern.compile("db/([a-z0-9_]{1,64})\\.jsonl");
    private static final Pattern MEDIA_ENTRY = Pattern.compile("media/[0-9a-f]{2}/[0-9a-f]{2}/([0-9a-f]{64})");
    private static final Pattern MIGRATION = Pattern.compile("V([0-9][0-9._]*)__[^$]*\\.(sql|class)");

    private Archives() {
    }

    /** Where the media module keeps the bytes with this hash: {@code media/ab/cd/<sha256>}. */
    static Path mediaPath(Path mediaRoot, String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new BackupRefusedException("backup.refused.foreign", sha256);
        }
        return mediaRoot.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    static String mediaEntry(String sha256) {
        return "media/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    /** The media hash an entry name stands for, or null for entries that are not media. */
    static @Nullable String mediaHash(String entry) {
        var matcher = MEDIA_ENTRY.matcher(entry);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** The newest schema version this application's migrations reach: SQL files and Java migrations alike. */
    public static String latestSchema() {
        MigrationVersion latest = MigrationVersion.EMPTY;
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/V*__*")) {
                var matcher = MIGRATION.matcher(String.valueOf(resource.getFilename()));
                if (matcher.matches()) {
                    MigrationVersion version = MigrationVersion.fromVersion(matcher.group(1).replace('_', '.'));
                    if (version.isNewerThan(latest)) {
                        latest = version;
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return latest.getVersion();
    }

    /**
     * Reads the whole archive and compares every entry with the manifest: refuses anything that is not a readable
     * ZIP (damaged or cut short), has no Paralelo manifest (foreign), misses an entry, has one more, or whose
     * size or SHA-256 differs (damaged), and archives of a schema newer than {@code latestSchema}.
     */
    public static Manifest verify(Path archive, String latestSchema, Progress progress) {
        if (!Files.isRegularFile(archive)) {
            throw new BackupRefusedException("backup.refused.not-found", archive.toString());
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Manifest manifest = manifest(zip, archive);
            if (MigrationVersion.fromVersion(manifest.schemaVersion())
                    .isNewerThan(MigrationVersion.fromVersion(latestSchema))) {
                throw new BackupRefusedException("backup.refused.newer-schema", manifest.schemaVersion(),
                        latestSchema, manifest.appVersion());
            }
            Map<String, Manifest.Entry> expected = new HashMap<>();
            for (Manifest.Entry entry : manifest.entries()) {
                checkName(entry, manifest, archive);
                expected.put(entry.name(), entry);
            }
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                String name = all.nextElement().getName();
                if (!name.equals(Manifest.NAME) && !expected.containsKey(name)) {
                    throw new BackupRefusedException("backup.refused.damaged", name);
                }
            }
            long done = 0;
            for (Manifest.Entry entry : manifest.entries()) {
                progress.step(Progress.Phase.CHECKING, done++, manifest.entries().size());
                ZipEntry found = zip.getEntry(entry.name());
                if (found == null) {
                    throw new BackupRefusedException("backup.refused.damaged", entry.name());
                }
                Manifest.Entry actual;
                try (InputStream in = zip.getInputStream(found)) {
                    actual = Digests.of(entry.name(), in);
                }
                if (!actual.equals(entry)) {
                    throw new BackupRefusedException("backup.refused.damaged", entry.name());
                }
            }
            return manifest;
        } catch (ZipException e) {
            throw new BackupRefusedException("backup.refused.not-a-zip", archive.toString());
        } catch (IOException e) {
            throw new BackupRefusedException("backup.refused.unreadable", archive.toString(), e.getMessage());
        }
    }

    /** The manifest of an archive this application wrote, without checking the entries (for listing). */
    public static Manifest peek(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return manifest(zip, archive);
        } catch (IOException e) {
            throw new BackupRefusedException("backup.refused.not-a-zip", archive.toString());
        }
    }

    private static Manifest manifest(ZipFile zip, Path archive) throws IOException {
        ZipEntry entry = zip.getEntry(Manifest.NAME);
        if (entry == null) {
            throw new BackupRefusedException("backup.refused.foreign", archive.toString());
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = ArchiveWriter.JSON.readValue(in, Manifest.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new BackupRefusedException("backup.refused.foreign", archive.toString());
        }
        if (!Manifest.FORMAT.equals(manifest.format()) || manifest.schemaVersion() == null
                || manifest.entries() == null) {
            throw new BackupRefusedException("backup.refused.foreign", archive.toString());
        }
        try {
            MigrationVersion.fromVersion(manifest.schemaVersion());
            DatabaseKind.valueOf(manifest.databaseKind());
        } catch (RuntimeException e) {
            throw new BackupRefusedException("backup.refused.foreign", archive.toString());
        }
        return manifest;
    }

    private static void checkName(Manifest.Entry entry, Manifest manifest, Path archive) {
        String name = entry.name();
        var table = TABLE_ENTRY.matcher(name);
        if (table.matches() && manifest.tables().containsKey(table.group(1))) {
            return;
        }
        String hash = mediaHash(name);
        if (hash != null && hash.equals(entry.sha256()) || name.equals(SETTINGS)) {
            return;
        }
        throw new BackupRefusedException(hash != null ? "backup.refused.damaged" : "backup.refused.foreign",
                hash != null ? name : archive.toString());
    }

    /** The tables an archive holds, in the order they were written. */
    static List<String> tableEntries(Manifest manifest) {
        return manifest.entries().stream().map(Manifest.Entry::name).filter(n -> TABLE_ENTRY.matcher(n).matches())
                .toList();
    }
}
