package org.paralelo.search.web;

import org.jspecify.annotations.Nullable;
import org.paralelo.base.Languages;
import org.paralelo.search.SearchRequest;
import org.paralelo.search.SearchResults;
import org.paralelo.search.SearchService;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=…&topic=…&course=…&type=…&language=…&page=…&lang=en}: the same search, with the same
 * permissions, as JSON. Parameters are read leniently (a bad number is ignored), so no input gives a 5xx.
 */
@RestController
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping(path = "/api/search", produces = "application/json")
    ResponseEntity<SearchResults> search(@RequestParam(name = "q", required = false) @Nullable String q,
                                         @RequestParam(required = false) @Nullable String topic,
                                         @RequestParam(required = false) @Nullable String course,
                                         @RequestParam(required = false) @Nullable String type,
                                         @RequestParam(required = false) @Nullable String language,
                                         @RequestParam(required = false) @Nullable String page,
                                         @RequestParam(name = "lang", required = false) @Nullable String lang,
                                         @RequestParam(required = false) @Nullable String exact) {
        SearchRequest parsed = SearchRequest.parse(q, topic, course, type, language, page,
                "en".equals(lang) ? Languages.ENGLISH : Languages.SPANISH);
        SearchRequest request = "true".equals(exact) || "1".equals(exact) ? parsed.exactWords() : parsed;
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(search.search(request));
    }
}
