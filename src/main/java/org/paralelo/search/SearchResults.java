package org.paralelo.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits with the total, facet counts (per dimension: topic, course, type, language) and, when the query
 * found nothing or little, a suggested spelling that does find something for this reader.
 */
public record SearchResults(long total, int page, int pageSize, List<SearchHit> hits,
                            Map<String, List<FacetCount>> facets, @Nullable String suggestion) {

    public static final String TOPIC = "topic";
    public static final String COURSE = "course";
    public static final String TYPE = "type";
    public static final String LANGUAGE = "language";

    public record FacetCount(String value, String label, int count) {
    }

    public static SearchResults empty(int pageSize) {
        return new SearchResults(0, 0, pageSize, List.of(), Map.of(), null);
    }

    public int pages() {
        return (int) Math.min(SearchRequest.MAX_PAGE + 1, (total + pageSize - 1) / pageSize);
    }
}
