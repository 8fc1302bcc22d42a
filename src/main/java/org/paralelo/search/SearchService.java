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
import java.util.stream.Collectors;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.TopicService;
import org.paralelo.courses.TopicView;
import org.paralelo.people.Caller;
import org.paralelo.people.Role;
import org.paralelo.search.SearchStages.Stage;
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
    /** Fewer hits than this and the typo pass looks for a better spelling. */
    static final int FEW = 3;
    /** Measured against the other ways on the judged set: docs/search.md. */
    static final UserQueries.Matching MATCHING = UserQueries.Matching.HALF;
    /** How many top hits the proximity boost re-ranks (ten pages; later pages rank a window of their own size). */
    static final int RESCORE_WINDOW = 100;

    private final LuceneIndex index;
    private final QueryAnalysis analysis;
    private final CourseAccess access;
    private final CatalogueService catalogue;
    private final TopicService topics;
    private final Caller caller;
    private final List<SearchSource> sources;
    private final TypoPass typos;
    private final HitSnippets snippets;
    private final SearchStages stages;
    private volatile @Nullable TopicNames topicNames;
    private volatile FacetState facetState = new FacetState(null, null);

    SearchService(LuceneIndex index, QueryAnalysis analysis, CourseAccess access, CatalogueService catalogue,
                  TopicService topics, Caller caller, List<SearchSource> sources, TypoPass typos,
                  HitSnippets snippets, SearchStages stages) {
        this.sources = sources;
        sources.forEach(source -> source.types().forEach(ContentType::register));
        this.index = index;
        this.analysis = analysis;
        this.access = access;
        this.catalogue = catalogue;
        this.topics = topics;
        this.caller = caller;
        this.typos = typos;
        this.snippets = snippets;
        this.stages = stages;
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
        Set<String> keys = sources.stream().flatMap(source -> source.accessKeys().stream())
                .collect(Collectors.toSet());
        if (caller.isAdmin()) {
            return new PermissionFilter(true, Set.of(), Set.of(), keys);
        }
        Set<Long> readable = access.readableCourses().stream().map(CourseId::value).collect(Collectors.toSet());
        Set<Long> taught = caller.has(Role.TRAINER)
                ? catalogue.coursesITeach().stream().map(c -> c.id().value()).collect(Collectors.toSet())
                : Set.of();
        return new PermissionFilter(false, readable, taught, keys);
    }

    /**
     * The typed words first: at least half of them must match ({@link #MATCHING}), documents with all of them
     * first; if that finds fewer than {@link #FEW}, any of them. Then, if a word is in no document at all or fewer
     * than {@link #FEW} hits came back, the typo pass:
     * each unknown word is replaced by the closest word this reader can find (edit distance 1 for words of 4–7
     * letters, 2 above) and, if that finds more, its hits are shown with the corrected text ({@code showingFor}) and
     * a way back to the exact words. With {@code exact} the typed words stand and the correction is only suggested.
     */
    SearchResults search(SearchRequest request, PermissionFilter permissions) {
        Query visible = permissions.query();
        SearchResults typed = searchWords(request.text(), request, visible);
        boolean unknownWord = stages.time(Stage.UNKNOWN_WORDS, () -> typos.hasUnknownWord(request.text()));
        if (typed.total() >= FEW && !unknownWord) {
            return typed;
        }
        String corrected = stages.time(Stage.CORRECTION, () -> typos.correction(request.text(), visible));
        if (corrected == null) {
            return typed;
        }
        SearchResults fuzzy = searchWords(corrected, request, visible);
        boolean better = fuzzy.total() > typed.total() || fuzzy.total() > 0 && unknownWord;
        if (!better) {
            return typed;
        }
        return request.exact() ? typed.withSuggestion(corrected) : fuzzy.showingResultsFor(corrected);
    }

    /** The words parsed once; the any-word fallback reuses that parse for its ranking. */
    private SearchResults searchWords(String text, SearchRequest request, Query visible) {
        Optional<UserQueries.Parsed> parsed = stages.time(Stage.PARSE, () -> UserQueries.parsed(text,
                analysis.analyzer(), MATCHING));
        SearchResults found = run(parsed, text, request, visible);
        if (found.total() >= FEW || MATCHING == UserQueries.Matching.ANY || parsed.isEmpty()) {
            return found;
        }
        SearchResults more = run(stages.time(Stage.PARSE, () -> UserQueries.anyRankingFirst(text,
                analysis.analyzer(), parsed.get())), text, request, visible);
        return more.total() > found.total() ? more : found;
    }

    private SearchResults run(Optional<UserQueries.Parsed> parsed, String text, SearchRequest request,
                              Query visible) {
        if (parsed.isEmpty()) {
            return SearchResults.empty(PAGE_SIZE);
        }
        try {
            return index.search(searcher -> run(searcher, parsed.get(), visible, request));
        } catch (RuntimeException e) {
            // E.g. a prefix that expands to too many terms: retry with the input taken literally.
            log.debug("Search failed for a query, retrying as plain text: {}", e.toString());
            Optional<UserQueries.Parsed> literal = UserQueries.parsed(QueryParser.escape(text.replace("*", " ")),
                    analysis.analyzer(), MATCHING);
            if (literal.isEmpty()) {
                return SearchResults.empty(PAGE_SIZE);
            }
            try {
                return index.search(searcher -> run(searcher, literal.get(), visible, request));
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
     * Two-pass scoring: a query with an all-words tier first ranks the documents with every word alone (a
     * conjunction, which Lucene scores cheaply); only when they hold less than a page does the best-effort query (at
     * least half of the words, the tier ranked first) run. The tier ranks above every other match, so the first
     * page is the same either way (RankingTest); the total, later pages and facets are then those of the documents
     * with every word. After the top-N search, every match is counted unscored for the exact total and all four
     * facets (the proximity boost only scores, so the counting pass skips it). For phrases, matching positions
     * costs more than scoring, so one scored pass collects the page and the facets together.
     */
    private SearchResults run(IndexSearcher searcher, UserQueries.Parsed typed, Query visible,
                              SearchRequest request) {
        try {
            int from = request.page() * PAGE_SIZE;
            UserQueries.Parsed parsed = typed;
            Page page = null;
            if (typed.allWords() != null) {
                long start = stages.start();
                UserQueries.Parsed strict = typed.allWordsOnly();
                Page strictPage = page(searcher, strict, visible, request, from + PAGE_SIZE);
                stages.stop(Stage.STRICT_TOP, start);
                if (strictPage.top.totalHits.value() >= PAGE_SIZE) {
                    parsed = strict;
                    page = strictPage;
                }
            }
            if (page == null) {
                long start = stages.start();
                page = page(searcher, typed, visible, request, from + PAGE_SIZE);
                stages.stop(Stage.TOP, start);
            }
            long start = stages.start();
            Query words = parsed.words();
            FacetsCollector matches = page.matches != null ? page.matches : searcher.search(
                    new ConstantScoreQuery(withFilters(words, visible, request)), new FacetsCollectorManager());
            ScoreDoc[] pageDocs = from >= page.top.scoreDocs.length ? new ScoreDoc[0] : Arrays.copyOfRange(
                    page.top.scoreDocs, from, Math.min(page.top.scoreDocs.length, from + PAGE_SIZE));
            long total = matches.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            Map<String, List<SearchResults.FacetCount>> facets = facets(searcher, total == 0 ? null : matches,
                    request.locale());
            stages.stop(Stage.COUNT_AND_FACETS, start);
            start = stages.start();
            // Snippets need only the words: asking the highlighter to match the permission filter's id set costs a lot.
            List<SearchHit> hits = snippets.hits(searcher, words, pageDocs, request.locale());
            stages.stop(Stage.SNIPPETS, start);
            return new SearchResults(total, request.page(), PAGE_SIZE, hits, facets, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The top {@code n} of a parse; for positional queries with every match collected for the facets too. The
     * proximity boost (a sloppy phrase) is not scored over every match: the words alone rank a window of at least
     * {@link #RESCORE_WINDOW} hits (a pruned search, as cheap as a plain conjunction), and the boost is added to the
     * scores of that window only. The sum is the same as scoring the boost with the words; only a document outside
     * the window that the boost alone would lift onto the page can differ.
     */
    static Page page(IndexSearcher searcher, UserQueries.Parsed parsed, Query visible, SearchRequest request,
                             int n) throws IOException {
        if (positional(parsed.words())) {
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher,
                    withFilters(parsed.query(), visible, request), n, new FacetsCollectorManager());
            return new Page(result.topDocs(), result.facetsCollector());
        }
        Query proximity = parsed.proximityRescoring();
        if (proximity == null) {
            return new Page(searcher.search(withFilters(parsed.query(), visible, request), n), null);
        }
        TopDocs ranked = searcher.search(withFilters(parsed.withoutProximity(), visible, request),
                Math.max(n, RESCORE_WINDOW));
        return new Page(boostWindow(searcher, ranked, proximity, n), null);
    }

    /**
     * The first {@link #RESCORE_WINDOW} of {@code ranked} re-ordered with the boost, then the rest in the words'
     * order. The window is the same for every page, so one order holds across pages: none repeats or skips a hit.
     */
    private static TopDocs boostWindow(IndexSearcher searcher, TopDocs ranked, Query proximity, int n)
            throws IOException {
        int head = Math.min(RESCORE_WINDOW, ranked.scoreDocs.length);
        TopDocs window = new TopDocs(ranked.totalHits, Arrays.copyOf(ranked.scoreDocs, head));
        TopDocs boosted = QueryRescorer.rescore(searcher, window, proximity, 1, head);
        int size = Math.min(n, ranked.scoreDocs.length);
        ScoreDoc[] page = Arrays.copyOf(boosted.scoreDocs, size);
        if (size > head) {
            System.arraycopy(ranked.scoreDocs, head, page, head, size - head);
        }
        return new TopDocs(ranked.totalHits, page);
    }

    /** A page's top documents, and every match if the same pass collected them. */
    record Page(TopDocs top, @Nullable FacetsCollector matches) {
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
}
