package org.paralelo.search.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.search.ContentType;
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
        Long courseId = number(course);
        Long pageNumber = number(page);
        SearchRequest request = new SearchRequest(q == null ? "" : q, blankToNull(topic), courseId,
                type == null ? null : ContentType.fromCode(type.strip().toLowerCase(Locale.ROOT)).orElse(null),
                blankToNull(language), pageNumber == null ? 0 : (int) Math.max(0, Math.min(pageNumber, 1000)),
                "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("es-MX"),
                "true".equals(exact) || "1".equals(exact));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(search.search(request));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable Long number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
