package org.paralelo.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jakarta.annotation.PreDestroy;
import org.apache.lucene.document.Document;
import org.paralelo.base.BackgroundQueue;
import org.paralelo.base.Languages;
import org.paralelo.people.SystemTasks;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.courses.TopicService;
import org.paralelo.courses.TopicView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database. Change log entries ({@link ChangeFollower}) and rebuilds go through
 * one queue, so updates never race each other or a rebuild; each update reads the course or group afresh and
 * replaces its documents, so replaying an entry or receiving two is harmless. Every course has up to two editions in
 * the index: the published one that learners search, and the draft its trainers (and admins) search.
 */
@Component
class CourseIndexer {

    private static final Logger log = LoggerFactory.getLogger(CourseIndexer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final LuceneIndex index;
    private final CatalogueService catalogue;
    private final TopicService topics;
    private final List<DocumentMapper> mappers;
    private final AttachmentTextStore attachments;
    private final List<SearchSource> sources;
    private final ChangeLog changes;
    private final SystemTasks system;
    private final BackgroundQueue queue = new BackgroundQueue("search-indexer");
    private final AtomicLong lastSequence = new AtomicLong();
    private final RebuildProgress progress = new RebuildProgress();

    CourseIndexer(LuceneIndex index, CatalogueService catalogue, TopicService topics, List<DocumentMapper> mappers,
                  AttachmentTextStore attachments, List<SearchSource> sources, ChangeLog changes,
                  SystemTasks system) {
        this.changes = changes;
        this.system = system;
        this.sources = sources;
        this.index = index;
        this.catalogue = catalogue;
        this.topics = topics;
        this.mappers = mappers;
        this.attachments = attachments;
    }

    /**
     * Applies change log entries in order: each re-reads what it names from the database and replaces its documents,
     * so applying an entry twice is harmless. The searchers reopen right after the batch, on this thread, so the
     * change is searchable when the returned future completes; once per batch, not per entry (a refresh after each
     * would cut the index into tiny segments).
     */
    Future<?> apply(List<ChangeLog.Change> changes) {
        return queue.submit(() -> {
            long sequence = 0;
            for (ChangeLog.Change change : changes) {
                try {
                    sequence = Math.max(sequence, system.call(() -> applyOne(change)));
                } catch (RuntimeException e) {
                    log.error("Could not index change {} ({} {})", change.id(), change.kind(), change.ref(), e);
                }
            }
            lastSequence.accumulateAndGet(sequence, Math::max);
            if (sequence > 0) {
                index.refreshNow();
            }
        });
    }

    private long applyOne(ChangeLog.Change change) {
        if (change.kind() == ChangeLog.Kind.COURSE) {
            return reindex(new CourseId(Long.parseLong(change.ref())));
        }
        String group = change.ref();
        for (SearchSource source : sources) {
            if (source.owns(group)) {
                List<Document> docs = source.documents(group).stream().map(SourceDocuments::toDocument).toList();
                return docs.isEmpty() ? index.deleteGroup(SourceDocuments.group(group))
                        : index.replaceGroup(SourceDocuments.group(group), docs);
            }
        }
        log.warn("No search source owns group {}", group);
        return 0;
    }

    /** Queues a full rebuild into a fresh index; searches keep using the old one until the swap. */
    Future<?> rebuildAll() {
        progress.start();
        return queue.submit(() -> {
            try {
                system.run(this::rebuild);
                progress.finish(null);
            } catch (RuntimeException e) {
                log.error("Search index rebuild failed", e);
                progress.finish(e.toString());
            }
        });
    }

    RebuildProgress progress() {
        return progress;
    }

    /** Waits until everything queued so far is indexed and visible to searches. */
    void awaitIdle() {
        try {
            queue.submit(() -> { }).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The search indexer did not finish", e);
        }
        index.awaitVisible(lastSequence.get());
    }

    private long reindex(CourseId course) {
        Map<String, String> names = topicNames();
        Optional<PublishedCourse> published = catalogue.published(course);
        long sequence = published.map(c -> index.replaceGroup(IndexDoc.group(course.value(), Fields.PUBLISHED),
                        documents(new CourseEdition(c, Fields.PUBLISHED, names, attachments))))
                .orElseGet(() -> index.deleteGroup(IndexDoc.group(course.value(), Fields.PUBLISHED)));
        Optional<PublishedCourse> draft = catalogue.preview(course);
        return Math.max(sequence, draft.map(c -> index.replaceGroup(IndexDoc.group(course.value(), Fields.DRAFT),
                        documents(new CourseEdition(c, Fields.DRAFT, names, attachments))))
                .orElseGet(() -> index.deleteGroup(IndexDoc.group(course.value(), Fields.DRAFT))));
    }

    private void rebuild() {
        // Entries up to here are covered by reading the database below; later ones are applied after the swap.
        long position = changes.latest();
        Map<String, String> names = topicNames();
        Set<CourseId> all = new LinkedHashSet<>();
        catalogue.coursesITeach().stream().map(CourseCard::id).forEach(all::add);
        catalogue.publishedCourses().stream().map(CourseCard::id).forEach(all::add);
        progress.total(all.size());
        Stream<List<Document>> courses = all.stream().map(course -> {
            List<Document> docs = new ArrayList<>();
            catalogue.published(course).ifPresent(c ->
                    docs.addAll(documents(new CourseEdition(c, Fields.PUBLISHED, names, attachments))));
            catalogue.preview(course).ifPresent(c ->
                    docs.addAll(documents(new CourseEdition(c, Fields.DRAFT, names, attachments))));
            return docs;
        });
        // Other modules' documents follow the courses, group by group; they do not count in the course progress.
        Stream<List<Document>> others = sources.stream().flatMap(SearchSource::groups)
                .map(group -> group.stream().map(SourceDocuments::toDocument).toList());
        index.rebuild(Stream.concat(courses, others), progress::step, position);
        log.info("Search index rebuilt: {} courses, {} documents", all.size(), index.documentCount());
    }

    List<Document> documents(CourseEdition edition) {
        List<Document> docs = new ArrayList<>();
        for (DocumentMapper mapper : mappers) {
            mapper.map(edition).forEach(doc -> docs.add(doc.toDocument()));
        }
        return docs;
    }

    private Map<String, String> topicNames() {
        return topics.list().stream().collect(Collectors.toMap(TopicView::code,
                t -> t.name(Languages.SPANISH), (a, b) -> a));
    }

    @PreDestroy
    void stop() {
        queue.stop(STOP_WAIT);
        if (progress.running()) {
            // A rebuild was cut short: leave the index marked unclean so the next start rebuilds it. Dropped change
            // log entries need nothing: the position stays before them, so the next start applies them.
            index.rebuildOnNextStart();
        }
    }

    /** How far the current or last rebuild got, for the admin's progress bar. */
    static final class RebuildProgress {

        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger total = new AtomicInteger();
        private volatile boolean running;
        private volatile String problem = "";

        void start() {
            done.set(0);
            total.set(0);
            problem = "";
            running = true;
        }

        void total(int courses) {
            total.set(courses);
        }

        /** One more group written; other modules' groups come after the courses and do not count past the total. */
        void step() {
            done.updateAndGet(d -> Math.min(d + 1, Math.max(total.get(), d)));
        }

        void finish(@org.jspecify.annotations.Nullable String failure) {
            problem = failure == null ? "" : failure;
            running = false;
        }

        boolean running() {
            return running;
        }

        int done() {
            return done.get();
        }

        int total() {
            return total.get();
        }

        String problem() {
            return problem;
        }
    }
}
