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
    /** Words the typo pass may correct: shorter ones have too many neighbours. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    /** Fewer hits than this and the typo pass looks for a better spelling. */
    static final int FEW = 3;
    /** Measured against the other ways on the judged set: docs/search.md. */
    static final UserQueries.Matching MATCHING = UserQueries.Matching.HALF;
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
    private final List<SearchSource> sources;
    private final DirectSpellChecker nearSpelling = spellChecker(1);
    private final DirectSpellChecker farSpelling = spellChecker(2);
    private volatile @Nullable TopicNames topicNames;
    private volatile FacetState facetState = new FacetState(null, null);

    SearchService(LuceneIndex index, QueryAnalysis analysis, CourseAccess access, CatalogueService catalogue,
                  TopicService topics, Caller caller, List<SearchSource> sources) {
        this.sources = sources;
        sources.forEach(source -> source.types().forEach(ContentType::register));
        this.index = index;
        this.analysis = analysis;
        this.access = access;
        this.catalogue = catalogue;
        this.topics = topics;
        this.caller = caller;
    }

    private static DirectSpellChecker spellChecker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
        return checker;
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
        boolean unknownWord = SearchStages.time(Stage.UNKNOWN_WORDS, () -> hasUnknownWord(request.text()));
        if (typed.total() >= FEW && !unknownWord) {
            return typed;
        }
        String corrected = SearchStages.time(Stage.CORRECTION, () -> correction(request.text(), visible));
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

    private SearchResults searchWords(String text, SearchRequest request, Query visible) {
        SearchResults found = run(SearchStages.time(Stage.PARSE, () -> UserQueries.parsed(text, analysis.analyzer(),
                MATCHING)), text, request, visible);
        if (found.total() >= FEW || MATCHING == UserQueries.Matching.ANY) {
            return found;
        }
        SearchResults more = run(SearchStages.time(Stage.PARSE, () -> UserQueries.anyRankingFirst(text,
                analysis.analyzer(), MATCHING)), text, request, visible);
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
     * Word queries take two passes: the page of hits from a top-N search, which Lucene prunes instead of scoring
     * every match, then every match unscored for the exact total and all four facet counts (the proximity boost only
     * scores, so the counting pass skips it). For phrases, matching positions costs more than scoring, so one scored
     * pass collects the page and the facets together (measured at 100k documents: docs/benchmarks.md).
     */
    private SearchResults run(IndexSearcher searcher, UserQueries.Parsed typed, Query visible,
                              SearchRequest request) {
        try {
            UserQueries.Parsed parsed = allWordsFillThePage(searcher, typed, visible, request) ? typed.allWordsOnly()
                    : typed;
            Query words = parsed.words();
            Query query = withFilters(parsed.query(), visible, request);
            int from = request.page() * PAGE_SIZE;
            TopDocs top;
            FacetsCollector matches;
            long start = SearchStages.start();
            if (positional(words)) {
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query,
                        from + PAGE_SIZE, new FacetsCollectorManager());
                top = result.topDocs();
                matches = result.facetsCollector();
                SearchStages.stop(Stage.TOP, start);
                start = SearchStages.start();
            } else {
                top = searcher.search(query, from + PAGE_SIZE);
                SearchStages.stop(Stage.TOP, start);
                start = SearchStages.start();
                matches = searcher.search(new ConstantScoreQuery(withFilters(words, visible, request)),
                        new FacetsCollectorManager());
            }
            ScoreDoc[] pageDocs = from >= top.scoreDocs.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + PAGE_SIZE));
            long total = matches.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            // Snippets need only the words: asking the highlighter to match the permission filter's id set costs a lot.
            Map<String, List<SearchResults.FacetCount>> facets = facets(searcher, total == 0 ? null : matches,
                    request.locale());
            SearchStages.stop(Stage.COUNT_AND_FACETS, start);
            start = SearchStages.start();
            List<SearchHit> hits = hits(searcher, words, new TopDocs(top.totalHits, pageDocs));
            SearchStages.stop(Stage.SNIPPETS, start);
            return new SearchResults(total, request.page(), PAGE_SIZE, hits, facets, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Off only in the benchmark, which measures the search with and without it. */
    static volatile boolean narrowing = true;

    /**
     * Whether the documents with every word fill the first page by themselves. They rank above all others (the
     * all-words tier), so the first page is the same either way; then the search runs on them alone, and the counting
     * and facets need not walk every document with only some of the words, which is most of a broad query's cost.
     * Counting a conjunction is cheap.
     */
    private static boolean allWordsFillThePage(IndexSearcher searcher, UserQueries.Parsed parsed, Query visible,
                                               SearchRequest request) throws IOException {
        if (parsed.allWords() == null || !narrowing) {
            return false;
        }
        long start = SearchStages.start();
        int count = searcher.count(withFilters(parsed.allWords(), visible, request));
        SearchStages.stop(Stage.TIER_COUNT, start);
        return count >= PAGE_SIZE;
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
                    doc.get(Fields.COURSE) == null ? 0 : Long.parseLong(doc.get(Fields.COURSE))));
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
     * The typed text with each unknown word (in no document, see {@link #unknown}) of at least 4 letters replaced by
     * the closest more frequent word of the index as written (accents and ñ included), or null if no word changed.
     * A replacement must itself be found in what this reader may see: the spelling field spans every edition, so
     * without the check a word from a draft could leak. A known word is never replaced, so a correction never
     * points away from the content ("presupuestar" stays, it finds "presupuesto").
     */
    private @Nullable String correction(String text, Query visible) {
        return index.search(searcher -> {
            try {
                Matcher words = WORD.matcher(text);
                StringBuilder corrected = new StringBuilder();
                int last = 0;
                boolean changed = false;
                while (words.find()) {
                    String typed = words.group();
                    corrected.append(text, last, words.start());
                    last = words.end();
                    String replacement = OPERATORS.contains(typed) || !unknown(searcher.getIndexReader(), typed)
                            ? null : replacement(searcher, typed.toLowerCase(Locale.ROOT), visible);
                    corrected.append(replacement == null ? typed : replacement);
                    changed |= replacement != null;
                }
                corrected.append(text.substring(last));
                return changed ? corrected.toString() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether a word of the text (4 letters or more, not an operator) is in no document of the index. */
    private boolean hasUnknownWord(String text) {
        return index.search(searcher -> {
            Matcher words = WORD.matcher(text);
            while (words.find()) {
                if (!OPERATORS.contains(words.group()) && unknown(searcher.getIndexReader(), words.group())) {
                    return true;
                }
            }
            return false;
        });
    }

    /** A word is unknown when neither language's analysis of it is a term of any text field: cheap term look-ups. */
    private boolean unknown(IndexReader reader, String word) {
        try {
            for (String[] fields : List.of(UserQueries.SPANISH, UserQueries.ENGLISH)) {
                String term = UserQueries.firstToken(analysis.analyzer(), fields[0], word);
                if (term == null) {
                    return false; // a stop word
                }
                for (String field : fields) {
                    if (reader.docFreq(new Term(field, term)) > 0) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable String replacement(IndexSearcher searcher, String word, Query visible) throws IOException {
        DirectSpellChecker checker = word.length() <= 7 ? nearSpelling : farSpelling;
        Term term = new Term(Fields.SPELL, word);
        for (SuggestWord option : checker.suggestSimilar(term, 3, searcher.getIndexReader(),
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
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
