package org.paralelo.backup;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.paralelo.backup.archive.ArchiveWriter;
import org.paralelo.backup.archive.Progress;
import org.paralelo.base.BackgroundQueue;
import org.paralelo.base.DataDirectory;
import org.paralelo.base.SystemTask;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditService;
import org.paralelo.people.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups of the running application: on demand (in the background, with progress) and on the schedule, one at
 * a time on this node, into the backup folder, keeping the newest {@code paralelo.backup.keep} archives. Admins
 * list and download the archives. Restoring is done from the command line into a fresh data directory
 * ({@link BackupCommandLine}), never into the running application.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final Duration STALE_PART = Duration.ofDays(1);

    private final ArchiveWriter writer;
    private final Path directory;
    private final int keep;
    private final String cron;
    private final Clock clock;
    private final AuditService audit;
    private final Caller caller;
    private final BackgroundQueue worker = new BackgroundQueue("backup");
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicReference<BackupStatus> status = new AtomicReference<>(BackupStatus.IDLE);

    BackupService(DataSource database, DataDirectory data, ConfigurableEnvironment environment, Clock clock,
                  AuditService audit, Caller caller,
                  @Value("${paralelo.backup.dir}") String directory, @Value("${paralelo.backup.keep}") int keep,
                  @Value("${paralelo.backup.cron}") String cron) {
        this.writer = new ArchiveWriter(database, data.resolve("media"), Configuration.appVersion(),
                Configuration.recordedSettings(environment), clock);
        this.directory = Path.of(directory).toAbsolutePath().normalize();
        this.keep = Math.max(1, keep);
        this.cron = cron;
        this.clock = clock;
        this.audit = audit;
        this.caller = caller;
        removeStaleParts();
    }

    /** Starts a backup in the background unless one is running; answers the status either way. */
    @PreAuthorize("hasRole('ADMIN')")
    public BackupStatus start() {
        if (busy.compareAndSet(false, true)) {
            status.set(new BackupStatus(true, Progress.Phase.DATABASE, 0, 0, status.get().lastArchive(),
                    status.get().finishedAt(), null));
            // The worker thread writes the audit entry in the name of the admin who asked.
            String who = caller.username().orElse(SystemTask.SYSTEM_USER);
            worker.execute(() -> {
                try {
                    SystemTask.callAs(who, this::write);
                } catch (RuntimeException e) {
                    log.warn("Backup failed", e);
                } finally {
                    busy.set(false);
                }
            });
        }
        return status.get();
    }

    /** Writes a backup now, on the caller's thread (the schedule, tests); refused while another one runs. */
    @PreAuthorize("hasRole('ADMIN')")
    public ArchiveInfo backupNow() {
        if (!busy.compareAndSet(false, true)) {
            throw new BackupRefusedException("backup.refused.running");
        }
        try {
            return write();
        } finally {
            busy.set(false);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public BackupStatus status() {
        return status.get();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public BackupSettings settings() {
        return new BackupSettings(directory.toString(), keep, cron);
    }

    /** The archives in the backup folder, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ArchiveInfo> archives() {
        return list();
    }

    /** The bytes of one archive of the list, for download; the caller closes the stream. */
    @PreAuthorize("hasRole('ADMIN')")
    public InputStream open(String name) {
        if (!ArchiveWriter.ARCHIVE_NAME.matcher(name).matches()) {
            throw new BackupRefusedException("backup.refused.not-found", name);
        }
        Path file = directory.resolve(name);
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new BackupRefusedException("backup.refused.not-found", name);
        }
    }

    private ArchiveInfo write() {
        Instant started = clock.instant();
        try {
            ArchiveWriter.Written written = writer.write(directory, (phase, done, total) ->
                    status.set(new BackupStatus(true, phase, done, total, status.get().lastArchive(),
                            status.get().finishedAt(), null)));
            String name = written.path().getFileName().toString();
            status.set(new BackupStatus(false, null, 0, 0, name, clock.instant(), null));
            log.info("Backup {} written in {} ms: {} tables, {} rows, {} media files", name,
                    Duration.between(started, clock.instant()).toMillis(), written.manifest().tables().size(),
                    written.manifest().rows(), written.manifest().mediaFiles());
            prune();
            audit.record(AuditAction.BACKUP_TAKEN, name);
            return new ArchiveInfo(name, Files.size(written.path()), started);
        } catch (BackupRefusedException e) {
            status.set(new BackupStatus(false, null, 0, 0, status.get().lastArchive(), clock.instant(),
                    e.messageKey()));
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            log.warn("Backup into {} failed", directory, e);
            status.set(new BackupStatus(false, null, 0, 0, status.get().lastArchive(), clock.instant(),
                    "backup.failed"));
            throw new BackupRefusedException("backup.failed");
        }
    }

    /** Keeps the newest {@code keep} archives; only files named like ours are ever deleted. */
    private void prune() {
        List<ArchiveInfo> archives = list();
        for (ArchiveInfo old : archives.subList(Math.min(keep, archives.size()), archives.size())) {
            try {
                Files.deleteIfExists(directory.resolve(old.name()));
                log.info("Old backup {} deleted (keeping {})", old.name(), keep);
            } catch (IOException e) {
                log.warn("Could not delete the old backup {}", old.name(), e);
            }
        }
    }

    private List<ArchiveInfo> list() {
        List<ArchiveInfo> archives = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return archives;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "paralelo-backup-*.zip")) {
            for (Path file : files) {
                if (ArchiveWriter.ARCHIVE_NAME.matcher(file.getFileName().toString()).matches()) {
                    archives.add(new ArchiveInfo(file.getFileName().toString(), Files.size(file),
                            Files.getLastModifiedTime(file).toInstant()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        archives.sort(Comparator.comparing(ArchiveInfo::createdAt).thenComparing(ArchiveInfo::name).reversed());
        return archives;
    }

    private void removeStaleParts() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        Instant before = clock.instant().minus(STALE_PART);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "paralelo-backup-*.zip.part")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean up {}", directory, e);
        }
    }

    @PreDestroy
    void stop() {
        worker.stop(Duration.ofSeconds(30));
    }
}
