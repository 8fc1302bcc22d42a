package org.paralelo.support;

import java.util.List;
import org.paralelo.search.SearchHit;
import org.paralelo.search.SearchRequest;
import org.paralelo.search.SearchService;

/** Searches as someone until the index has caught up (it reopens at most a second after a write) or 5 s passed. */
public final class SearchPolling {

    private SearchPolling() {
    }

    /** Hits for {@code words}, waiting for some when {@code expectSome}, for none otherwise. */
    public static List<SearchHit> find(SearchService search, String who, String[] roles, String words,
                                       boolean expectSome) {
        return find(search, who, roles, SearchRequest.of(words), expectSome);
    }

    /** Hits for {@code request} (its words, filters and the reader's locale), waiting as {@link #find} does. */
    public static List<SearchHit> find(SearchService search, String who, String[] roles, SearchRequest request,
                                       boolean expectSome) {
        long until = System.nanoTime() + 5_000_000_000L;
        List<SearchHit> hits = once(search, who, roles, request);
        while (hits.isEmpty() == expectSome && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return hits;
            }
            hits = once(search, who, roles, request);
        }
        return hits;
    }

    private static List<SearchHit> once(SearchService search, String who, String[] roles, SearchRequest request) {
        return As.user(who, roles, () -> search.search(request).hits());
    }
}
