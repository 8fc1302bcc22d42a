package org.paralelo.backup;

import java.time.Instant;

/** One archive in the backup folder: its file name, size and when it was written. */
public record ArchiveInfo(String name, long sizeBytes, Instant createdAt) {
}
