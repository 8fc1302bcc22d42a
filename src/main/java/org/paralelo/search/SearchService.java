package org.paralelo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.TopicService;
import org.paralelo.courses.TopicView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over everything the signed-in person may read. Permissions are a filter clause inside the
 * Lucene query ({@link PermissionFilter}), so totals, pages, facet counts and spelling suggestions never count
 * anything hidden. Any input is accepted: what cannot be parsed is searched as plain text.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int PAGE_SIZE = 10;

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final String[] BODIES = {Fields.BODY_ES, Fields.BODY_EN};

    private final LuceneIndex index;
    private final QueryAnalysis analysis;
    private final CourseAccess access;
    private final CatalogueService catalogue;
    private final TopicService topics;
    private final DirectSpellChecker spelling = new DirectSpellChecker();
    private volatile @Nullable TopicNames topicNames;
    private volatile FacetStates facetStates = new FacetStates(null, Map.of());

    SearchService(LuceneIndex index, QueryAnalysis analysis, CourseAccess access, CatalogueService catalogue,
                  TopicService topics) {
        this.index = index;
        this.analysis = analysis;
        this.access = access;
        this.catalogue = catalogue;
        this.topics = topics;
        spelling.setMaxEdits(2);
        spelling.setMinPrefix(1);
    }

    @PreAuthorize("isAuthenticated()")
    public SearchResults search(SearchRequest request) {
        return search(request, permissions());
    }

    /** The permission filter of the signed-in person (admins: everything; see {@link PermissionFilter}). */
    PermissionFilter permissions() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null) {
            return PermissionFilter.NOBODY;
        }
        Set<String> roles = who.getAuthorities().stream().map(a -> String.valueOf(a.getAuthority()))
                .collect(Collectors.toSet());
        if (roles.contains("ROLE_ADMIN")) {
            return new PermissionFilter(true, Set.of(), Set.of());
        }
        Set<Long> readable = access.readableCourses().stream().map(CourseId::value).collect(Collectors.toSet());
        Set<Long> taught = roles.contains("ROLE_TRAINER")
                ? catalogue.coursesITeach().stream().map(c -> c.id().value()).collect(Collectors.toSet())
                : Set.of();
        return new PermissionFilter(false, readable, taught);
    }

    SearchResults search(SearchRequest request, PermissionFilter permissions) {
        Optional<Query> words = UserQueries.parse(request.text(), analysis.analyzer());
        if (words.isEmpty()) {
            return SearchResults.empty(PAGE_SIZE);
        }
        Query visible = permissions.query();
        Query query = withFilters(words.get(), visible, request);
        try {
            return index.search(searcher -> run(searcher, query, words.get(), visible, request));
        } catch (RuntimeException e) {
            // E.g. a prefix that expands to too many terms: retry with the input taken literally.
            log.debug("Search failed for a query, retrying as plain text: {}", e.toString());
            Optional<Query> literal = UserQueries.parse(
                    org.apache.lucene.queryparser.classic.QueryParser.escape(request.text().replace("*", " ")),
                    analysis.analyzer());
            if (literal.isEmpty()) {
                return SearchResults.empty(PAGE_SIZE);
            }
            Query safe = withFilters(literal.get(), visible, request);
            try {
                return index.search(searcher -> run(searcher, safe, literal.get(), visible, request));
            } catch (RuntimeException again) {
                log.warn("Search failed twice; answering with no results: {}", again.toString());
                return SearchResults.empty(PAGE_SIZE);
            }
        }
    }

    private static Query withFilters(Query words, Query visible, SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST).add(visible, Occur.FILTER);
        if (request.topic() != null) {
            query.add(KeywordField.newExactQuery(Fields.TOPIC, request.topic()), Occur.FILTER);
        }
        if (request.course() != null) {
            query.add(KeywordField.newExactQuery(Fields.COURSE, Long.toString(request.course())), Occur.FILTER);
        }
        if (request.type() != null) {
            query.add(KeywordField.newExactQuery(Fields.TYPE, request.type().code()), Occur.FILTER);
        }
        if (request.language() != null) {
            query.add(KeywordField.newExactQuery(Fields.LANGUAGE, request.language()), Occur.FILTER);
        }
        return query.build();
    }

    private SearchResults run(IndexSearcher searcher, Query query, Query words, Query visible,
                              SearchRequest request) {
        try {
            int from = request.page() * PAGE_SIZE;
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query,
                    from + PAGE_SIZE, new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            ScoreDoc[] pageDocs = from >= top.scoreDocs.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + PAGE_SIZE));
            // Snippets need only the words: asking the highlighter to match the permission filter's id set costs a lot.
            List<SearchHit> hits = hits(searcher, words, new TopDocs(top.totalHits, pageDocs));
            long total = top.totalHits.value();
            Map<String, List<SearchResults.FacetCount>> facets = facets(searcher, result.facetsCollector(),
                    visible, request.locale());
            String suggestion = total < 3 ? suggest(searcher, request, visible, total) : null;
            return new SearchResults(total, request.page(), PAGE_SIZE, hits, facets, suggestion);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
        if (page.scoreDocs.length == 0) {
            return List.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analysis.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(IndexDoc.MAX_BODY)
                .build();
        Map<String, String[]> snippets = highlighter.highlightFields(BODIES, query, page, new int[] {2, 2});
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.scoreDocs.length; i++) {
            Document doc = stored.document(page.scoreDocs[i].doc);
            List<String> parts = new ArrayList<>();
            for (String body : BODIES) {
                String snippet = snippets.get(body)[i];
                if (snippet != null && !snippet.isBlank()) {
                    parts.add(snippet);
                }
            }
            String breadcrumb = doc.get(Fields.BREADCRUMB);
            String id = doc.get(Fields.ID);
            hits.add(new SearchHit(id, ContentType.fromCode(doc.get(Fields.TYPE)).orElse(ContentType.LESSON),
                    doc.get(Fields.TITLE), breadcrumb == null || breadcrumb.isEmpty() ? List.of()
                    : List.of(breadcrumb.split("\u001f")), parts, doc.get(Fields.PATH), doc.get(Fields.FILE_PATH),
                    doc.getField(Fields.PAGE) == null ? null : doc.getField(Fields.PAGE).numericValue().intValue(),
                    doc.get(Fields.LANGUAGE), id.contains("/" + Fields.DRAFT + "/"),
                    Long.parseLong(doc.get(Fields.COURSE))));
        }
        return hits;
    }

    private Map<String, List<SearchResults.FacetCount>> facets(IndexSearcher searcher, FacetsCollector hits,
                                                               Query visible, Locale locale) throws IOException {
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        Map<String, String> topicNames = topicNames(locale);
        facets.put(SearchResults.TOPIC, counts(searcher, hits, Fields.TOPIC, v -> topicNames.getOrDefault(v, v)));
        List<SearchResults.FacetCount> courses = counts(searcher, hits, Fields.COURSE, v -> v);
        Map<String, String> titles = courseTitles(searcher, visible, courses);
        facets.put(SearchResults.COURSE, courses.stream().map(c ->
                new SearchResults.FacetCount(c.value(), titles.getOrDefault(c.value(), c.value()), c.count())).toList());
        facets.put(SearchResults.TYPE, counts(searcher, hits, Fields.TYPE, v -> v));
        facets.put(SearchResults.LANGUAGE, counts(searcher, hits, Fields.LANGUAGE, v -> v));
        return facets;
    }

    /** Topic names change rarely: read at most once a minute, not on every search. */
    private Map<String, String> topicNames(Locale locale) {
        TopicNames cached = topicNames;
        if (cached == null || System.nanoTime() - cached.readAt > 60_000_000_000L) {
            cached = new TopicNames(topics.list(), System.nanoTime());
            topicNames = cached;
        }
        return cached.topics.stream().collect(Collectors.toMap(TopicView::code, t -> t.name(locale), (a, b) -> a));
    }

    private record TopicNames(List<TopicView> topics, long readAt) {
    }

    private List<SearchResults.FacetCount> counts(IndexSearcher searcher, FacetsCollector hits, String field,
                                                  java.util.function.Function<String, String> label)
            throws IOException {
        StringDocValuesReaderState state = facetState(searcher.getIndexReader(), field);
        if (state == null) {
            return List.of();
        }
        FacetResult top = new StringValueFacetCounts(state, hits).getTopChildren(20, field);
        if (top == null) {
            return List.of();
        }
        List<SearchResults.FacetCount> counts = new ArrayList<>();
        for (LabelAndValue value : top.labelValues) {
            if (value.value.intValue() > 0) {
                counts.add(new SearchResults.FacetCount(value.label, label.apply(value.label), value.value.intValue()));
            }
        }
        return counts;
    }

    /** Facet reader states cost a pass over the terms: kept per index reader. */
    private @Nullable StringDocValuesReaderState facetState(IndexReader reader, String field) throws IOException {
        FacetStates states = facetStates;
        Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        if (states.key != key) {
            states = new FacetStates(key, new java.util.concurrent.ConcurrentHashMap<>());
            facetStates = states;
        }
        if (reader.maxDoc() == 0) {
            return null;
        }
        try {
            return states.byField.computeIfAbsent(field, f -> {
                try {
                    return new StringDocValuesReaderState(reader, f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    private record FacetStates(@Nullable Object key, Map<String, StringDocValuesReaderState> byField) {
    }

    private static Map<String, String> courseTitles(IndexSearcher searcher, Query visible,
                                                    List<SearchResults.FacetCount> courses) throws IOException {
        if (courses.isEmpty()) {
            return Map.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(KeywordField.newExactQuery(Fields.TYPE, ContentType.COURSE.code()), Occur.FILTER)
                .add(KeywordField.newSetQuery(Fields.COURSE, courses.stream()
                        .map(c -> new org.apache.lucene.util.BytesRef(c.value())).toList()), Occur.FILTER)
                .add(visible, Occur.FILTER).build();
        Map<String, String> titles = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc doc : searcher.search(query, courses.size() * 2).scoreDocs) {
            Document d = stored.document(doc.doc);
            titles.putIfAbsent(d.get(Fields.COURSE), d.get(Fields.TITLE));
        }
        return titles;
    }

    /**
     * "Did you mean": each word replaced by the closest more frequent word of the index (as written, accents and
     * ñ included), offered only if the corrected query finds more for this reader, so it never reveals words the
     * reader may not see.
     */
    private @Nullable String suggest(IndexSearcher searcher, SearchRequest request, Query visible, long found)
            throws IOException {
        String text = request.text();
        Matcher words = WORD.matcher(text);
        StringBuilder corrected = new StringBuilder();
        int last = 0;
        boolean changed = false;
        while (words.find()) {
            String typed = words.group();
            corrected.append(text, last, words.start());
            last = words.end();
            String word = typed.toLowerCase(Locale.ROOT);
            if (typed.equals("AND") || typed.equals("NOT")) {
                corrected.append(typed);
                continue;
            }
            IndexReader reader = searcher.getIndexReader();
            SuggestMode mode = reader.docFreq(new Term(Fields.SPELL, word)) == 0
                    ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
            SuggestWord[] options = spelling.suggestSimilar(new Term(Fields.SPELL, word), 1, reader, mode);
            if (options.length > 0 && !options[0].string.equals(word)) {
                corrected.append(options[0].string);
                changed = true;
            } else {
                corrected.append(typed);
            }
        }
        corrected.append(text.substring(last));
        if (!changed) {
            return null;
        }
        String suggestion = corrected.toString();
        Optional<Query> parsed = UserQueries.parse(suggestion, analysis.analyzer());
        if (parsed.isEmpty()) {
            return null;
        }
        int count = searcher.count(withFilters(parsed.get(), visible, request));
        return count > found ? suggestion : null;
    }

}
