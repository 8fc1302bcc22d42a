package org.paralelo.search;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * This node's reader of the {@link ChangeLog}: polls it (at once after a local commit, else every
 * {@code paralelo.search.change-poll-interval}) and applies new entries to this node's index, then moves the
 * position kept in the index's commit data. A node that was down resumes from its position on start; one whose
 * position was pruned away rebuilds. Starts after {@link SearchStartup} (order 40) has decided about a rebuild.
 *
 * <p>Ids are handed out before their transactions commit, so a later id can be visible before an earlier one: an
 * entry past a gap is applied but the position waits at the gap, for {@value #GAP_PATIENCE_MILLIS} ms at most (the
 * entry is written just before commit, so a real gap closes in milliseconds; one that stays was rolled back).
 */
@Component
@Order(50)
class ChangeFollower implements ApplicationRunner {

    static final long GAP_PATIENCE_MILLIS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);
    private static final int BATCH = 500;
    private static final Duration IDLE_WAIT = Duration.ofSeconds(60);

    private final ChangeLog changes;
    private final ChangeSignal signal;
    private final CourseIndexer indexer;
    private final LuceneIndex index;
    private final long intervalMillis;
    /** Entries applied beyond the position (after a gap). */
    private final TreeSet<Long> appliedAhead = new TreeSet<>();
    private long gapSince;
    private volatile Thread thread;

    ChangeFollower(ChangeLog changes, ChangeSignal signal, CourseIndexer indexer, LuceneIndex index,
                   @Value("${paralelo.search.change-poll-interval:500ms}") Duration interval) {
        this.changes = changes;
        this.signal = signal;
        this.indexer = indexer;
        this.index = index;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    public void run(ApplicationArguments args) {
        thread = Thread.ofPlatform().name("search-changes").daemon().start(this::follow);
    }

    private void follow() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                signal.await(intervalMillis);
                poll();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Could not follow the search change log: {}", e.toString());
            }
        }
    }

    /** Reads what is new in the log and applies it; waits while a rebuild runs (it moves the position itself). */
    synchronized void poll() throws InterruptedException {
        if (indexer.progress().running()) {
            return;
        }
        long position = index.changePosition();
        if (position < changes.prunedThrough()) {
            log.info("Search change log was pruned past this node's position {}: rebuilding the index", position);
            await(indexer.rebuildAll());
            return;
        }
        appliedAhead.headSet(position, true).clear();
        List<ChangeLog.Change> fresh = changes.after(position, BATCH).stream()
                .filter(c -> !appliedAhead.contains(c.id())).toList();
        if (!fresh.isEmpty()) {
            await(indexer.apply(fresh));
            fresh.forEach(c -> appliedAhead.add(c.id()));
        }
        index.advanceChangePosition(advance(position));
    }

    private long advance(long position) {
        long next = position;
        while (!appliedAhead.isEmpty()) {
            if (appliedAhead.first() == next + 1) {
                next = appliedAhead.pollFirst();
                gapSince = 0;
            } else if (gapSince == 0) {
                gapSince = System.currentTimeMillis();
                break;
            } else if (System.currentTimeMillis() - gapSince > GAP_PATIENCE_MILLIS) {
                log.debug("Search change log: skipping ids {}..{} (rolled back)", next + 1, appliedAhead.first() - 1);
                next = appliedAhead.first() - 1;
                gapSince = 0;
            } else {
                break;
            }
        }
        return next;
    }

    /**
     * Waits until every entry written so far is applied and visible to searches on this node (tests, benchmarks,
     * the cluster test): what a search right after a commit would see on a quiet node.
     */
    void awaitIdle() {
        long target = changes.latest();
        long deadline = System.nanoTime() + IDLE_WAIT.toNanos();
        try {
            while (!caughtUp(target)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The search change log was not applied up to " + target);
                }
                poll();
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        indexer.awaitIdle();
    }

    private synchronized boolean caughtUp(long target) {
        long position = index.changePosition();
        return position >= target || !indexer.progress().running()
                && changes.after(position, BATCH).stream().filter(c -> c.id() <= target)
                        .allMatch(c -> appliedAhead.contains(c.id()));
    }

    private static void await(Future<?> work) throws InterruptedException {
        try {
            work.get();
        } catch (ExecutionException e) {
            log.warn("Search change log work failed: {}", e.getCause().toString());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        Thread running = thread;
        if (running != null) {
            running.interrupt();
            running.join(Duration.ofSeconds(5));
        }
    }
}
