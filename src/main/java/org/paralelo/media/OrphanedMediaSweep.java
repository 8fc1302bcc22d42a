package org.paralelo.media;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.paralelo.media.domain.MediaFile;
import org.paralelo.media.domain.MediaFileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes members' uploads nothing uses any more: a replaced or removed avatar, an attachment or image taken off a
 * post, an upload never attached (an abandoned reply form). Only the member purposes ({@link
 * MediaPurpose#openToMembers()}) are swept, and only uploads older than the grace period (24 h by default), so a
 * form being filled in keeps its files. A file is kept while any module's {@link MediaReferences} claims it; each
 * deletion re-asks in its own transaction, and the foreign keys on post files and session materials refuse a
 * deletion that races with a new reference. The bytes go once no row shares them. One node runs it at a time
 * (ShedLock); running it again finds nothing more to do.
 */
@Component
class OrphanedMediaSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanedMediaSweep.class);
    private static final int BATCH = 200;
    private static final List<String> SWEPT = EnumSet.allOf(MediaPurpose.class).stream()
            .filter(MediaPurpose::openToMembers).map(Enum::name).toList();

    private final MediaFileRepository files;
    private final List<MediaReferences> references;
    private final ContentStore store;
    private final PendingContent pending;
    private final Clock clock;
    private final Duration grace;
    private final TransactionTemplate inTransaction;
    private final TransactionTemplate readOnly;

    OrphanedMediaSweep(MediaFileRepository files, List<MediaReferences> references, ContentStore store,
                       PendingContent pending, Clock clock, PlatformTransactionManager transactions,
                       @Value("${paralelo.media.orphan-grace:24h}") Duration grace) {
        this.files = files;
        this.references = references;
        this.store = store;
        this.pending = pending;
        this.clock = clock;
        this.grace = grace;
        this.inTransaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(fixedDelayString = "${paralelo.media.orphan-sweep-interval:1h}", initialDelayString = "10m")
    @SchedulerLock(name = "orphaned-media-sweep", lockAtMostFor = "PT30M")
    void sweep() {
        removeOrphans();
    }

    /** Returns how many uploads were deleted. */
    int removeOrphans() {
        Instant before = clock.instant().minus(grace);
        int removed = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> batch = readOnly.execute(s -> files.findIdsUploadedBefore(SWEPT, before, from, Limit.of(BATCH)));
            if (batch == null || batch.isEmpty()) {
                return removed;
            }
            after = batch.getLast();
            Set<MediaId> used = inUse(batch.stream().map(MediaId::new).toList());
            for (long id : batch) {
                if (!used.contains(new MediaId(id)) && remove(id)) {
                    removed++;
                }
            }
        }
    }

    private Set<MediaId> inUse(List<MediaId> candidates) {
        Set<MediaId> used = new HashSet<>();
        references.forEach(r -> used.addAll(r.inUse(candidates)));
        return used;
    }

    /** Deletes one upload if still unused (asked again in the deleting transaction), then its bytes if unshared. */
    private boolean remove(long id) {
        String sha256;
        try {
            sha256 = inTransaction.execute(s -> {
                MediaFile file = files.findById(id).orElse(null);
                if (file == null || !inUse(List.of(new MediaId(id))).isEmpty()) {
                    return null;
                }
                files.delete(file);
                files.flush();
                return file.getSha256();
            });
        } catch (RuntimeException referencedMeanwhile) {
            log.info("Kept media {}: it was referenced while being removed ({})", id, referencedMeanwhile.toString());
            return false;
        }
        if (sha256 == null) {
            return false;
        }
        pending.deleteUnused(sha256, this::rowExists, store::delete);
        log.info("Removed orphaned media {}", id);
        return true;
    }

    private boolean rowExists(String sha256) {
        return Boolean.TRUE.equals(readOnly.execute(s -> files.existsBySha256(sha256)));
    }
}
