package org.paralelo.search;

import java.util.Optional;
import org.paralelo.search.domain.ExtractionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Where other modules report that their {@link SearchSource}'s documents changed: the change log carries it to the
 * index of every node, where the group is re-read and replaced at once (an idempotent upsert); searchable on this
 * node within a second and on the others within their poll interval plus that.
 */
@Service
public class SearchFeed {

    private final ExtractionRepository extractions;
    private final ChangeLog changes;

    SearchFeed(ChangeLog changes, ExtractionRepository extractions) {
        this.changes = changes;
        this.extractions = extractions;
    }

    /**
     * The text search extracted from an uploaded file (every non-image upload is read once, in the background,
     * soon after it is stored), so a source can index a document's words; empty until then or when it has none.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> extractedText(long mediaId) {
        return extractions.findById(mediaId).filter(e -> e.getPageCount() > 0)
                .map(e -> String.join("\n", e.pageTexts()));
    }

    /**
     * Records that a group's documents changed, in the caller's transaction (call it before commit, e.g. from a
     * {@code BEFORE_COMMIT} listener): after commit every node re-reads the group through its source's
     * {@link SearchSource#documents}, this node at once, the others within their poll interval.
     */
    @PreAuthorize("isAuthenticated()")
    public void changed(String group) {
        changes.record(ChangeLog.Kind.SOURCE, group);
    }
}
