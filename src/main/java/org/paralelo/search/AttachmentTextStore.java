package org.paralelo.search;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.paralelo.base.BackgroundQueue;
import org.paralelo.base.SystemTask;
import org.paralelo.media.MediaDownload;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaService;
import org.paralelo.media.MediaStored;
import org.paralelo.media.StoredMedia;
import org.paralelo.search.domain.Extraction;
import org.paralelo.search.domain.ExtractionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Attachment text for the index. Extraction runs in the background on its own queue, once per stored file, with
 * limits on size, time and characters; the outcome (text or the reason there is none) is stored, so rebuilds reuse
 * it and trainers can see it. When a file's text arrives, the courses that were waiting for it are re-indexed.
 */
@Component
class AttachmentTextStore implements CourseEdition.AttachmentTexts {

    /**
     * An attachment's text became available (internal to search): the courses waiting for it and the groups of
     * other modules' sources that carry it ({@link SearchSource#groupsUsing}) are re-indexed.
     */
    record TextReady(long mediaId, Set<Long> courses, List<String> sourceGroups) {
    }

    private static final Logger log = LoggerFactory.getLogger(AttachmentTextStore.class);

    private final ExtractionRepository extractions;
    private final MediaService media;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<SearchSource> sources;
    private final Clock clock;
    private final long maxBytes;
    private final int maxChars;
    private final long timeoutMillis;
    private final BackgroundQueue queue = new BackgroundQueue("search-attachments");
    private final Map<Long, Set<Long>> waiting = new ConcurrentHashMap<>();

    AttachmentTextStore(ExtractionRepository extractions, MediaService media, ApplicationEventPublisher events,
                        ObjectProvider<SearchSource> sources, Clock clock,
                        @Value("${paralelo.search.extraction.max-bytes:52428800}") long maxBytes,
                        @Value("${paralelo.search.extraction.max-chars:2000000}") int maxChars,
                        @Value("${paralelo.search.extraction.timeout-ms:30000}") long timeoutMillis) {
        this.extractions = extractions;
        this.media = media;
        this.events = events;
        this.sources = sources;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Optional<ExtractedText> find(long courseId, long mediaId) {
        Optional<Extraction> found = extractions.findById(mediaId);
        if (found.isEmpty()) {
            waiting.computeIfAbsent(mediaId, id -> ConcurrentHashMap.newKeySet()).add(courseId);
            request(mediaId);
            return Optional.empty();
        }
        Extraction e = found.get();
        return e.getPageCount() == 0 ? Optional.empty()
                : Optional.of(new ExtractedText(mediaId, e.getFileName(), e.getMediaType(), e.pageTexts()));
    }

    @ApplicationModuleListener
    void on(MediaStored event) {
        if (!event.mediaType().startsWith("image/")) {
            request(event.id().value());
        }
    }

    Future<?> request(long mediaId) {
        return queue.submit(() -> {
            try {
                SystemTask.run(() -> extract(mediaId));
            } catch (RuntimeException e) {
                log.warn("Could not extract the text of media {}: {}", mediaId, e.toString());
            }
        });
    }

    /** Waits for queued extractions (tests). */
    void awaitIdle() {
        try {
            queue.submit(() -> { }).get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("Attachment extraction did not finish", e);
        }
    }

    private void extract(long mediaId) {
        if (extractions.existsById(mediaId)) {
            notifyWaiting(mediaId, List.of());
            return;
        }
        Optional<StoredMedia> stored = media.find(new MediaId(mediaId));
        if (stored.isEmpty()) {
            waiting.remove(mediaId);
            return;
        }
        StoredMedia file = stored.get();
        Extraction extraction = new Extraction(mediaId, file.mediaType(), file.originalName(), clock.instant());
        if (file.isImage()) {
            extraction.finish(Extraction.Status.UNSUPPORTED, List.of(), "image", clock.instant());
        } else if (file.sizeBytes() > maxBytes) {
            extraction.finish(Extraction.Status.TOO_LARGE, List.of(),
                    file.sizeBytes() + " bytes", clock.instant());
        } else {
            MediaDownload download = media.open(new MediaId(mediaId));
            TextExtraction.Result result;
            try {
                result = TextExtraction.extract(download.content()::open, maxChars, timeoutMillis);
            } catch (RuntimeException e) {
                // Recorded as failed, so the file is not queued again on every look-up.
                result = new TextExtraction.Result(Extraction.Status.FAILED, List.of(), e.toString());
            }
            extraction.finish(result.status(), result.pages(), result.problem(), clock.instant());
        }
        extractions.save(extraction);
        log.info("Extracted media {} ({}): {}, {} pages", mediaId, file.mediaType(), extraction.getStatus(),
                extraction.getPageCount());
        // Sources that saved the file before its text was ready re-read it now (after this commit, so no gap).
        notifyWaiting(mediaId, extraction.getPageCount() == 0 ? List.of()
                : sources.orderedStream().flatMap(source -> source.groupsUsing(mediaId).stream()).toList());
    }

    private void notifyWaiting(long mediaId, List<String> sourceGroups) {
        Set<Long> courses = waiting.remove(mediaId);
        if ((courses != null && !courses.isEmpty()) || !sourceGroups.isEmpty()) {
            events.publishEvent(new TextReady(mediaId, courses == null ? Set.of() : Set.copyOf(courses),
                    sourceGroups));
        }
    }

    @PreDestroy
    void stop() {
        queue.stop(Duration.ofSeconds(10));
    }
}
