package org.paralelo.search;

import java.util.List;
import java.util.Optional;
import org.paralelo.search.domain.ExtractionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Where other modules put their {@link SearchSource}'s documents as they change: each group is replaced at once
 * (an idempotent upsert) and searchable within a second (the index reopens at most a second after a write).
 */
@Service
public class SearchFeed {

    private final LuceneIndex index;
    private final ExtractionRepository extractions;

    SearchFeed(LuceneIndex index, ExtractionRepository extractions) {
        this.index = index;
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

    @PreAuthorize("isAuthenticated()")
    public void replace(String group, List<SearchDocument> documents) {
        index.replaceGroup(SourceDocuments.group(group), documents.stream().map(SourceDocuments::toDocument).toList());
    }

    @PreAuthorize("isAuthenticated()")
    public void remove(String group) {
        index.deleteGroup(SourceDocuments.group(group));
    }
}
