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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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
import org.paralelo.people.Caller;
import org.paralelo.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
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
    /** What a hit shows: loading only these leaves the long stored body alone (the highlighter read it already). */
    private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.TYPE, Fields.TITLE, Fields.BREADCRUMB,
            Fields.PATH, Fields.FILE_PATH, Fields.PAGE, Fields.LANGUAGE, Fields.COURSE);

    private final LuceneIndex index;
    private final QueryAnalysis analysis;
    private final CourseAccess access;
    private final CatalogueService catalogue;
    private final TopicService topics;
    private final Caller caller;
    private final DirectSpellChecker spelling = new DirectSpellChecker();
    private volatile @Nullable TopicNames topicNames;
    private volatile FacetState facetState = new FacetState(null, null);

    SearchService(LuceneIndex index, QueryAnalysis analysis, CourseAccess access, CatalogueService catalogue,
                  TopicService topics, Caller caller) {
        this.index = index;
        this.analysis = analysis;
        this.access = access;
        this.catalogue = catalogue;
        this.topics = topics;
        this.caller = caller;
        spelling.setMaxEdits(2);
        spelling.setMinPrefix(1);
    }

    @PreAuthorize("isAuthenticated()")
    public SearchResults search(SearchRequest request) {
        return search(request, permissions());
    }

    /** The permission filter of the signed-in person (admins: everything; see {@link PermissionFilter}). */
    PermissionFilter permissions() {
        if (!caller.signedIn()) {
            return PermissionFilter.NOBODY;
        }
        if (caller.isAdmin()) {
            return new PermissionFilter(true, Set.of(), Set.of());
        }
        Set<Long> readable = access.readableCourses().stream().map(CourseId::value).collect(Collectors.toSet());
        Set<Long> taught = caller.has(Role.TRAINER)
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
                    QueryParser.escape(request.text().replace("*", " ")),
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
            query.add(exact(Fields.TOPIC, request.topic()), Occur.FILTER);
        }
        if (request.course() != null) {
            query.add(exact(Fields.COURSE, Long.toString(request.course())), Occur.FILTER);
        }
        if (request.type() != null) {
            query.add(exact(Fields.TYPE, request.type().code()), Occur.FILTER);
        }
        if (request.language() != null) {
            query.add(exact(Fields.LANGUAGE, request.language()), Occur.FILTER);
        }
        return query.build();
    }

    private static Query exact(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    /**
     * Word queries take two passes: the page of hits from a top-N search, which Lucene prunes instead of scoring
     * every match, then every match unscored for the exact total and all four facet counts. For phrases, matching
     * positions costs more than scoring, so one scored pass collects the page and the facets together (measured at
     * 100k documents: docs/benchmarks.md).
     */
    private SearchResults run(IndexSearcher searcher, Query query, Query words, Query visible,
                              SearchRequest request) {
        try {
            int from = request.page() * PAGE_SIZE;
            TopDocs top;
            FacetsCollector matches;
            if (positional(words)) {
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query,
                        from + PAGE_SIZE, new FacetsCollectorManager());
                top = result.topDocs();
                matches = result.facetsCollector();
            } else {
                top = searcher.search(query, from + PAGE_SIZE);
                matches = searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
            }
            ScoreDoc[] pageDocs = from >= top.scoreDocs.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + PAGE_SIZE));
            long total = matches.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            // Snippets need only the words: asking the highlighter to match the permission filter's id set costs a lot.
            List<SearchHit> hits = hits(searcher, words, new TopDocs(top.totalHits, pageDocs));
            Map<String, List<SearchResults.FacetCount>> facets = facets(searcher, total == 0 ? null : matches,
                    request.locale());
            String suggestion = total < 3 ? suggest(searcher, request, visible, total) : null;
            return new SearchResults(total, request.page(), PAGE_SIZE, hits, facets, suggestion);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the query matches on positions (a phrase, also one from a multi-word synonym). */
    static boolean positional(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                visitLeaf(leaf);
            }

            @Override
            public void visitLeaf(Query leaf) {
                found[0] |= leaf instanceof PhraseQuery || leaf instanceof MultiPhraseQuery;
            }
        });
        return found[0];
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
            Document doc = stored.document(page.scoreDocs[i].doc, HIT_FIELDS);
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

    /** All four dimensions, counted in one pass over the matches (none to count when nothing matched). */
    private Map<String, List<SearchResults.FacetCount>> facets(IndexSearcher searcher,
                                                               @Nullable FacetsCollector matches, Locale locale)
            throws IOException {
        SortedSetDocValuesReaderState state = matches == null ? null : facetState(searcher.getIndexReader());
        Facets counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, matches);
        Map<String, String> topicNames = topicNames(locale);
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        facets.put(SearchResults.TOPIC, counts(counts, Fields.TOPIC, v -> v, v -> topicNames.getOrDefault(v, v)));
        facets.put(SearchResults.COURSE, counts(counts, Fields.COURSE, SearchFacets::courseId,
                SearchFacets::courseTitle));
        facets.put(SearchResults.TYPE, counts(counts, Fields.TYPE, v -> v, v -> v));
        facets.put(SearchResults.LANGUAGE, counts(counts, Fields.LANGUAGE, v -> v, v -> v));
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

    private static List<SearchResults.FacetCount> counts(@Nullable Facets facets, String dimension,
                                                         Function<String, String> value,
                                                         Function<String, String> label) throws IOException {
        FacetResult top;
        try {
            top = facets == null ? null : facets.getTopChildren(20, dimension);
        } catch (IllegalArgumentException e) {
            return List.of(); // no document has this dimension yet
        }
        if (top == null) {
            return List.of();
        }
        List<SearchResults.FacetCount> counts = new ArrayList<>();
        for (LabelAndValue child : top.labelValues) {
            if (child.value.intValue() > 0) {
                counts.add(new SearchResults.FacetCount(value.apply(child.label), label.apply(child.label),
                        child.value.intValue()));
            }
        }
        return counts;
    }

    /** The facet state (ordinals of every facet value) costs a pass over the values: kept per index reader. */
    private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (reader.maxDoc() == 0) {
            return null;
        }
        FacetState cached = facetState;
        Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        if (cached.key != key) {
            try {
                cached = new FacetState(key, new DefaultSortedSetDocValuesReaderState(reader, SearchFacets.CONFIG));
            } catch (IllegalArgumentException e) {
                cached = new FacetState(key, null); // an index without facet values
            }
            facetState = cached;
        }
        return cached.state;
    }

    private record FacetState(@Nullable Object key, @Nullable SortedSetDocValuesReaderState state) {
    }

    /**
     * "Did you mean": each word replaced by the closest more frequent word of the index (as written, accents and
     * ñ included). A replacement must itself be found in what this reader may see, and the corrected query must
     * find more than the typed one: the spelling field spans every edition, so without the per-word check a word
     * from a draft could leak through an OR or a -exclusion.
     */
    private @Nullable String suggest(IndexSearcher searcher, SearchRequest request, Query visible, long found)
            throws IOException {
        String text = request.text();
        Matcher words = WORD.matcher(text);
        StringBuilder corrected = new StringBuilder();
        IndexReader reader = searcher.getIndexReader();
        int last = 0;
        boolean changed = false;
        while (words.find()) {
            String typed = words.group();
            corrected.append(text, last, words.start());
            last = words.end();
            String replacement = typed.equals("AND") || typed.equals("NOT") || typed.equals("OR") ? null
                    : replacement(searcher, reader, typed.toLowerCase(Locale.ROOT), visible);
            corrected.append(replacement == null ? typed : replacement);
            changed |= replacement != null;
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

    private @Nullable String replacement(IndexSearcher searcher, IndexReader reader, String word, Query visible)
            throws IOException {
        Term term = new Term(Fields.SPELL, word);
        SuggestMode mode = reader.docFreq(term) == 0
                ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
        for (SuggestWord option : spelling.suggestSimilar(term, 3, reader, mode)) {
            if (!option.string.equals(word) && visibleSomewhere(searcher, option.string, visible)) {
                return option.string;
            }
        }
        return null;
    }

    private boolean visibleSomewhere(IndexSearcher searcher, String word, Query visible) throws IOException {
        Optional<Query> alone = UserQueries.parse(QueryParser.escape(word), analysis.analyzer());
        return alone.isPresent() && searcher.count(new BooleanQuery.Builder().add(alone.get(), Occur.MUST)
                .add(visible, Occur.FILTER).build()) > 0;
    }

}
