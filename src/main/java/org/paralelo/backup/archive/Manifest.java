package org.paralelo.backup.archive;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an archive holds, written as its last entry ({@code manifest.json}): the format, the application version
 * and Flyway schema version it came from, the database kind, when the snapshot was taken, the rows per table and
 * the media files, and the size and SHA-256 of every other entry.
 *
 * @param tables rows per table, as counted inside the snapshot
 * @param entries every entry of the archive but the manifest itself
 */
public record Manifest(String format, String appVersion, String schemaVersion, String databaseKind,
                       String createdAt, Map<String, Long> tables, long mediaFiles, long mediaBytes,
                       List<Entry> entries) {

    /** The one format this version writes and reads. */
    public static final String FORMAT = "paralelo-backup/1";
    public static final String NAME = "manifest.json";

    public Manifest {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        entries = List.copyOf(entries);
    }

    /** One entry of the archive: its name, size in bytes and SHA-256 (lower-case hexadecimal). */
    public record Entry(String name, long size, String sha256) {
    }

    public long rows() {
        return tables.values().stream().mapToLong(Long::longValue).sum();
    }
}
