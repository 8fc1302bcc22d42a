package org.paralelo.backup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.backup.archive.Progress;

/**
 * The current or last backup of this node: whether one is running and how far it is (phase, items done of the
 * phase's total), and how the last one ended (its archive, or the message key of why it failed).
 */
public record BackupStatus(boolean running, Progress.@Nullable Phase phase, long done, long total,
                           @Nullable String lastArchive, @Nullable Instant finishedAt,
                           @Nullable String problemKey) {

    static final BackupStatus IDLE = new BackupStatus(false, null, 0, 0, null, null, null);
}
