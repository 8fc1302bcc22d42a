package org.paralelo.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits with the total, facet counts (per dimension: topic, course, type, language) and, when a typed word
 * was in no document, the corrected words: either the hits are for them ({@code showingFor}: "Mostrando resultados
 * para …", with a way back to the exact words) or, when the exact words were asked for, a {@code suggestion}.
 */
public record SearchResults(long total, int page, int pageSize, List<SearchHit> hits,
                            Map<String, List<FacetCount>> facets, @Nullable String suggestion,
                            @Nullable String showingFor) {

    public SearchResults(long total, int page, int pageSize, List<SearchHit> hits,
                         Map<String, List<FacetCount>> facets, @Nullable String suggestion) {
        this(total, page, pageSize, hits, facets, suggestion, null);
    }

    public static final String TOPIC = "topic";
    public static final String COURSE = "course";
    public static final String TYPE = "type";
    public static final String LANGUAGE = "language";

    public record FacetCount(String value, String label, int count) {
    }

    public static SearchResults empty(int pageSize) {
        return new SearchResults(0, 0, pageSize, List.of(), Map.of(), null);
    }

    SearchResults withSuggestion(String corrected) {
        return new SearchResults(total, page, pageSize, hits, facets, corrected, null);
    }

    SearchResults showingResultsFor(String corrected) {
        return new SearchResults(total, page, pageSize, hits, facets, null, corrected);
    }

    public int pages() {
        return (int) Math.min(SearchRequest.MAX_PAGE + 1, (total + pageSize - 1) / pageSize);
    }
}
