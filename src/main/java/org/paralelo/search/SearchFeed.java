package org.paralelo.search;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Where other modules put their {@link SearchSource}'s documents as they change: each group is replaced at once
 * (an idempotent upsert) and searchable within a second (the index reopens at most a second after a write).
 */
@Service
public class SearchFeed {

    private final LuceneIndex index;

    SearchFeed(LuceneIndex index) {
        this.index = index;
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
