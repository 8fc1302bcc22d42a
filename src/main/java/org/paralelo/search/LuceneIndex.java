package org.paralelo.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one owner of the {@link IndexWriter}. Readers come from a {@link SearcherManager} that the indexer refreshes
 * right after applying changes, and a background thread at most 1 s after any other write (50 ms when someone
 * waits for one). The live index sits in a generation
 * directory under {@code index/}, named by the file {@code index/current}; a rebuild writes a fresh generation
 * and swaps it in, while searches keep using the old one until the swap.
 * <p>
 * Every commit records the schema version and "open"; only an orderly shutdown records "closed". So on start an
 * index that is missing, unreadable, of another schema or was not closed cleanly (a crash, maybe mid-update) is
 * reported by {@link #needsRebuild()}, and the database (the source of truth) fills a fresh one.
 */
@Component
class LuceneIndex {

    /** Bump when fields or analysis change: the next start rebuilds. */
    static final String SCHEMA = "4";

    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    private static final String CURRENT = "current";
    private static final String CHANGES = "changes";
    /** A crash rebuilds from the database anyway (see above), so commits need not be frequent: each one syncs files. */
    private static final int COMMIT_SECONDS = 10;
    /** Writer threads of a rebuild: the database reader feeds them, Lucene analyses on both cores. */
    private static final int REBUILD_THREADS = 2;

    private final Path root;
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("search-commit").daemon().factory());
    private volatile Generation live;
    private volatile boolean needsRebuild;
    private volatile boolean uncleanOnClose;
    /** The last change log entry this index holds (see {@link ChangeFollower}); kept in every commit. */
    private final AtomicLong changePosition = new AtomicLong();

    @Autowired
    LuceneIndex(DataDirectory data) {
        this(data.resolve("index"));
    }

    LuceneIndex(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.live = openCurrent();
        cleanLeftovers();
        committer.scheduleWithFixedDelay(this::commitQuietly, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
    }

    boolean needsRebuild() {
        return needsRebuild;
    }

    /** Replaces every document of one group (a course edition) at once: an idempotent upsert. */
    long replaceGroup(String group, List<Document> docs) {
        return write(writer -> writer.updateDocuments(new Term(Fields.GROUP, group), docs));
    }

    long deleteGroup(String group) {
        return write(writer -> writer.deleteDocuments(new Term(Fields.GROUP, group)));
    }

    long changePosition() {
        return changePosition.get();
    }

    /** Moves the change log position forward (never back: a rebuild may already have moved it further). */
    void advanceChangePosition(long position) {
        changePosition.accumulateAndGet(position, Math::max);
    }

    /**
     * Reopens the searchers now, on the calling thread, so what was just written is searchable when this returns:
     * no hand-over to the reopen thread (which, on a busy machine, may wait for a core well past its 50 ms).
     */
    void refreshNow() {
        swap.readLock().lock();
        try {
            live.searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Blocks until searches see the write with this sequence number (or a second has passed). */
    void awaitVisible(long sequence) {
        try {
            live.reopener.waitForGeneration(sequence, 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    <T> T search(Function<IndexSearcher, T> work) {
        swap.readLock().lock();
        try {
            SearcherManager manager = live.searchers;
            IndexSearcher searcher = manager.acquire();
            try {
                return work.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * Builds a complete new index from {@code documents} in a fresh directory, then swaps it in. The caller makes
     * sure no incremental update runs meanwhile (the indexer's single queue does). Groups are read on the calling
     * thread (it may hold a database transaction) and written by {@value #REBUILD_THREADS} threads; the fresh index
     * is refreshed only once it is complete, so the bulk load is not cut into small segments.
     */
    void rebuild(Stream<List<Document>> documents, Runnable afterEachGroup) {
        rebuild(documents, afterEachGroup, changePosition.get());
    }

    /** As above, for the change log: the fresh index holds every entry up to {@code position}. */
    void rebuild(Stream<List<Document>> documents, Runnable afterEachGroup, long position) {
        Path fresh = root.resolve("gen-" + System.currentTimeMillis() + "-" + System.nanoTime() % 1000);
        Generation next;
        try {
            next = open(fresh, IndexWriterConfig.OpenMode.CREATE, false);
            try {
                addAll(next.writer, documents, afterEachGroup);
                commit(next.writer, "open", position);
                next.searchers.maybeRefreshBlocking();
                next.reopener.start();
            } catch (RuntimeException | IOException e) {
                next.closeQuietly(false, 0);
                delete(fresh);
                throw e;
            }
            Files.writeString(root.resolve(CURRENT + ".tmp"), fresh.getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(root.resolve(CURRENT + ".tmp"), root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Generation old;
        swap.writeLock().lock();
        try {
            old = live;
            live = next;
            needsRebuild = false;
            changePosition.set(position);
        } finally {
            swap.writeLock().unlock();
        }
        old.closeQuietly(false, 0);
        delete(old.path);
    }

    /** Adds every group with a few writer threads; at most a few groups wait in memory at once. */
    private static void addAll(IndexWriter writer, Stream<List<Document>> documents, Runnable afterEachGroup) {
        Semaphore room = new Semaphore(REBUILD_THREADS * 2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (ExecutorService writers = Executors.newFixedThreadPool(REBUILD_THREADS,
                Thread.ofPlatform().name("search-rebuild-", 0).daemon().factory())) {
            documents.forEach(group -> {
                if (failure.get() != null) {
                    return;
                }
                room.acquireUninterruptibly();
                writers.execute(() -> {
                    try {
                        writer.addDocuments(group);
                        afterEachGroup.run();
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        room.release();
                    }
                });
            });
        }
        Throwable problem = failure.get();
        if (problem instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        if (problem != null) {
            throw (RuntimeException) problem;
        }
    }

    int documentCount() {
        return search(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Shutting down with updates still queued: the index must not be recorded as clean. */
    void rebuildOnNextStart() {
        uncleanOnClose = true;
    }

    @PreDestroy
    void close() {
        committer.shutdownNow();
        swap.writeLock().lock();
        try {
            live.closeQuietly(!uncleanOnClose, changePosition.get());
        } finally {
            swap.writeLock().unlock();
        }
    }

    /** For the crash test: drops everything not yet committed and lets go of the files, like a killed JVM. */
    void simulateCrash() {
        committer.shutdownNow();
        live.crash();
    }

    private long write(IndexWrite action) {
        swap.readLock().lock();
        try {
            return action.apply(live.writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swap.readLock().unlock();
        }
    }

    private void commitQuietly() {
        swap.readLock().lock();
        try {
            if (live.writer.hasUncommittedChanges()) {
                commit(live.writer, "open", changePosition.get());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not commit the search index: {}", e.toString());
        } finally {
            swap.readLock().unlock();
        }
    }

    private static void commit(IndexWriter writer, String state, long position) throws IOException {
        writer.setLiveCommitData(Map.of("schema", SCHEMA, "state", state, CHANGES, Long.toString(position)).entrySet());
        writer.commit();
    }

    private Generation openCurrent() {
        Path current = currentPath();
        if (current != null) {
            try (Directory directory = FSDirectory.open(current)) {
                if (DirectoryReader.indexExists(directory)) {
                    Map<String, String> data = DirectoryReader.listCommits(directory).getLast().getUserData();
                    boolean clean = SCHEMA.equals(data.get("schema")) && "closed".equals(data.get("state"));
                    if (!clean) {
                        log.info("Search index {} is of another schema or was not closed cleanly: rebuilding", current);
                    }
                    needsRebuild = !clean;
                    changePosition.set(Long.parseLong(data.getOrDefault(CHANGES, "0")));
                    Generation generation = open(current, IndexWriterConfig.OpenMode.APPEND, true);
                    commit(generation.writer, "open", changePosition.get());
                    return generation;
                }
            } catch (LockObtainFailedException e) {
                // Another application context in this JVM (tests) or another process owns it: work beside it.
                log.warn("Search index {} is in use by another instance: using a private one", current);
                return fresh(false);
            } catch (IOException | RuntimeException e) {
                log.warn("Search index {} is unreadable ({}): starting empty and rebuilding", current, e.toString());
            }
        }
        return fresh(true);
    }

    private Generation fresh(boolean makeCurrent) {
        needsRebuild = true;
        Path fresh = root.resolve("gen-" + System.currentTimeMillis() + "-" + System.nanoTime() % 1000);
        try {
            Generation generation = open(fresh, IndexWriterConfig.OpenMode.CREATE, true);
            commit(generation.writer, "open", 0);
            if (makeCurrent) {
                Files.writeString(root.resolve(CURRENT), fresh.getFileName().toString(), StandardCharsets.UTF_8);
            }
            return generation;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the search index in " + fresh, e);
        }
    }

    private @Nullable Path currentPath() {
        try {
            Path pointer = root.resolve(CURRENT);
            if (!Files.exists(pointer)) {
                return null;
            }
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path path = root.resolve(name).normalize();
            return name.startsWith("gen-") && path.getParent().equals(root) && Files.isDirectory(path) ? path : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void cleanLeftovers() {
        try (Stream<Path> entries = Files.list(root)) {
            entries.filter(p -> p.getFileName().toString().startsWith("gen-") && !p.equals(live.path))
                    .filter(LuceneIndex::unlocked).forEach(LuceneIndex::delete);
        } catch (IOException e) {
            log.warn("Could not clean old search index directories: {}", e.toString());
        }
    }

    private static Generation open(Path path, IndexWriterConfig.OpenMode mode, boolean refreshing)
            throws IOException {
        Directory directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(64);
        // Flushed segments stay as separate files: packing each small one into a compound file copies it again.
        config.setUseCompoundFile(false);
        IndexWriter writer = new IndexWriter(directory, config);
        SearcherManager searchers = new SearcherManager(writer, null);
        ControlledRealTimeReopenThread<IndexSearcher> reopener =
                new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.05);
        reopener.setName("search-reopen");
        reopener.setDaemon(true);
        if (refreshing) {
            reopener.start();
        }
        return new Generation(path, directory, writer, searchers, reopener);
    }

    /** Leftovers of a crash are unlocked; a directory another live writer uses is not and must stay. */
    private static boolean unlocked(Path path) {
        try (Directory directory = FSDirectory.open(path);
             Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", path, e.toString());
        }
    }

    @FunctionalInterface
    private interface IndexWrite {
        long apply(IndexWriter writer) throws IOException;
    }

    private record Generation(Path path, Directory directory, IndexWriter writer, SearcherManager searchers,
                              ControlledRealTimeReopenThread<IndexSearcher> reopener) {

        void closeQuietly(boolean clean, long position) {
            try {
                reopener.close();
                searchers.close();
                if (clean && writer.isOpen()) {
                    commit(writer, "closed", position);
                }
                writer.close();
                directory.close();
            } catch (IOException | RuntimeException e) {
                log.warn("Could not close the search index {}: {}", path, e.toString());
            }
        }

        void crash() {
            try {
                reopener.close();
                searchers.close();
                writer.rollback();
                directory.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
