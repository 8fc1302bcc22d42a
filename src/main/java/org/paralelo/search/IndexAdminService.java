package org.paralelo.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.search.domain.Extraction;
import org.paralelo.search.domain.ExtractionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Index upkeep: the admin's full rebuild with its progress, and the attachment extraction status for trainers. */
@Service
@Transactional(readOnly = true)
public class IndexAdminService {

    /** Progress of the current or last rebuild. */
    public record RebuildStatus(boolean running, int done, int total, String problem, int documents) {
    }

    /** How extracting one attachment's text went; {@code status} is PENDING until the background job ran. */
    public record AttachmentStatus(long mediaId, String fileName, String status, int pages, int characters,
                                   @Nullable String problem) {
    }

    private final CourseIndexer indexer;
    private final LuceneIndex index;
    private final CatalogueService catalogue;
    private final ExtractionRepository extractions;

    IndexAdminService(CourseIndexer indexer, LuceneIndex index, CatalogueService catalogue,
                      ExtractionRepository extractions) {
        this.indexer = indexer;
        this.index = index;
        this.catalogue = catalogue;
        this.extractions = extractions;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public RebuildStatus rebuild() {
        if (!indexer.progress().running()) {
            indexer.rebuildAll();
        }
        return status();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public RebuildStatus status() {
        var progress = indexer.progress();
        return new RebuildStatus(progress.running(), progress.done(), progress.total(), progress.problem(),
                index.documentCount());
    }

    /** The attachments linked from the course's draft lessons and how their text extraction went. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<AttachmentStatus> attachments(CourseId course) {
        Set<Long> ids = new LinkedHashSet<>();
        catalogue.preview(course).ifPresent(c -> c.items()
                .filter(i -> i.kind() == ItemKind.LESSON && i.markdown() != null)
                .map(PublishedCourse.Item::markdown)
                .forEach(markdown -> ids.addAll(AttachmentDocuments.mediaIdsIn(markdown))));
        var found = extractions.findByMediaIdIn(ids);
        List<AttachmentStatus> statuses = new ArrayList<>();
        for (long id : ids) {
            statuses.add(found.stream().filter(e -> e.getMediaId() == id).findFirst()
                    .map(e -> new AttachmentStatus(id, e.getFileName(), e.getStatus().name(), e.getPageCount(),
                            e.getCharCount(), e.getProblem()))
                    .orElse(new AttachmentStatus(id, "", Extraction.Status.PENDING.name(), 0, 0, null)));
        }
        return statuses;
    }
}
