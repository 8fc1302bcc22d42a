package org.paralelo.support;

import java.util.List;
import java.util.Locale;
import org.assertj.core.api.Assertions;
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

    /**
     * The first breadcrumb part of every hit for {@code words} in {@code locale}, once there are {@code hits} and all
     * of them are {@code expected}, or what there is after ten seconds (asserted to be only {@code expected}, so a
     * late index fails with what it held): a thread and its reply reach the index one after the other, so the test
     * waits for all of them, not the first.
     */
    public static List<String> breadcrumbsFirst(SearchService search, String who, String[] roles, String words,
                                                Locale locale, String expected, int hits) {
        long until = System.nanoTime() + 10_000_000_000L;
        List<String> firsts = List.of();
        while (System.nanoTime() < until) {
            firsts = find(search, who, roles, new SearchRequest(words, null, null, null, null, 0, locale), true)
                    .stream().map(hit -> hit.breadcrumb().getFirst()).toList();
            if (firsts.size() == hits && firsts.stream().allMatch(expected::equals)) {
                return firsts;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Assertions.assertThat(firsts).as("breadcrumbs in " + locale).containsOnly(expected);
        return firsts;
    }

    private static List<SearchHit> once(SearchService search, String who, String[] roles, SearchRequest request) {
        return As.user(who, roles, () -> search.search(request).hits());
    }
}
