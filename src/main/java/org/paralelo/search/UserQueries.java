package org.paralelo.search;

import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Turns whatever a person typed into a query, never an error. The words are parsed once per language, each with
 * that language's analyzer and fields, and the two queries are OR-ed: a stop word or a synonym of one language can
 * never shift or kill the other's clauses. Supported: words, "phrases", OR, -exclusion, +, NOT, parentheses and
 * prefix*. Everything else that means something to Lucene's syntax (fields, boosts, fuzziness, ranges, regular
 * expressions) is escaped, so it is searched as text and cannot reach internal fields. If the result still does
 * not parse, the whole input is escaped; if even that fails, nothing matches.
 *
 * <p>How many plain words must match is the {@link Matching}; a query that uses OR, NOT, + or parentheses says so
 * itself and is taken strictly. Plain multi-word queries also get a proximity boost: documents with the words close
 * together rank first.
 */
final class UserQueries {

    /** How many of the plain words of a query a document must contain. */
    enum Matching {
        /** Every word (the parser before issue 10). */
        ALL,
        /** All of up to two words; one may be missing from 3–5 words, two from 6 or more. Stop words never count. */
        MOST,
        /** At least half of the words that are not stop words (one of two, two of three or four…): in use. */
        HALF,
        /** At least one word that is not a stop word. */
        ANY;


        int required(int words) {
            return switch (this) {
                case ALL -> words;
                case ANY -> Math.min(1, words);
                case HALF -> (words + 1) / 2;
                case MOST -> words <= 2 ? words : words <= 5 ? words - 1 : words - 2;
            };
        }
    }

    static final String[] SPANISH = {Fields.TITLE_ES, Fields.HEADINGS_ES, Fields.BODY_ES};
    static final String[] ENGLISH = {Fields.TITLE_EN, Fields.HEADINGS_EN, Fields.BODY_EN};
    private static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE_ES, 4f, Fields.TITLE_EN, 4f,
            Fields.HEADINGS_ES, 2f, Fields.HEADINGS_EN, 2f, Fields.BODY_ES, 1f, Fields.BODY_EN, 1f);
    /** Operators with which a person states the logic themselves. */
    private static final Pattern OWN_LOGIC = Pattern.compile("(^|\\s)(AND|OR|NOT)(\\s|$)|[()+]|&&");
    /** Anything that is not a plain word: no proximity boost then. */
    private static final Pattern SYNTAX = Pattern.compile("[\"*\\-()+:^~\\[\\]{}/\\\\!?&|]|(^|\\s)(AND|OR|NOT)(\\s|$)");
    private static final float PROXIMITY_BOOST = 2f;
    private static final float ALL_WORDS_TIER = 1000f;
    private static final int PROXIMITY_SLOP = 4;
    /**
     * Spanish words that carry no topic: Lucene's Spanish stop words plus the verbs that frame a question ("cómo
     * hago…", "qué necesito…"). They are searched (they still score), but never counted as a word that must match.
     */
    static final CharArraySet SPANISH_STOP_WORDS;

    static {
        CharArraySet words = new CharArraySet(SpanishAnalyzer.getDefaultStopSet(), false);
        for (String word : List.of("hacer", "hago", "hace", "puedo", "puede", "necesito", "necesita", "debo", "tengo",
                "quiero", "obtengo", "sirve", "cuanto", "cuanta", "cuantos", "cuantas", "como", "que", "donde")) {
            words.add(word);
        }
        for (Object word : SpanishAnalyzer.getDefaultStopSet()) {
            words.add(SpanishFolding.fold(new String((char[]) word)));
        }
        SPANISH_STOP_WORDS = CharArraySet.unmodifiableSet(words);
    }

    /** The stop words as each Spanish stemmer indexes them. */
    private static final Set<String> STOP_TERMS = stopTerms();

    private UserQueries() {
    }

    /**
     * A parsed query. {@code words} decide what matches (the counting pass and the snippets use them alone);
     * {@code allWords}, when the words are relaxed, is the strict query of the all-words tier; {@code proximity}
     * only ranks. {@link #query()} is what ranks the page. {@code narrowed}: the words are the tier's
     * ({@link #allWordsOnly()}).
     */
    record Parsed(Query words, @Nullable Query allWords, @Nullable Query proximity, boolean narrowed) {

        Parsed(Query words, @Nullable Query allWords, @Nullable Query proximity) {
            this(words, allWords, proximity, false);
        }

        /**
         * What ranks the page: documents with all words get a constant far above any text score, a tier of their own
         * (ordered among themselves by their text score); adjacent words rank higher; and the whole score is scaled
         * by the weight of the content type ({@link #typeWeighted}), so within the tier lessons come before course
         * pages and self-assessments that have every word too.
         */
        Query query() {
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
            if (narrowed) {
                query.add(tier(new MatchAllDocsQuery()), Occur.SHOULD); // every match is in the tier
            } else if (allWords != null) {
                query.add(tier(allWords), Occur.SHOULD);
            }
            if (proximity != null) {
                query.add(proximity, Occur.SHOULD);
            }
            return typeWeighted(query.build());
        }

        /** {@link #query()} without the proximity boost: what the top-N search scores before rescoring. */
        Query withoutProximity() {
            return new Parsed(words, allWords, null, narrowed).query();
        }

        /**
         * The proximity boost, weighted by content type as in {@link #query()}, to add to the scores of a window of
         * top hits (null without one). query() = withoutProximity() + this, for every document that has the words.
         */
        @Nullable Query proximityRescoring() {
            return proximity == null ? null : typeWeighted(proximity);
        }

        /**
         * The documents with every word only, ranked exactly as by {@link #query()}: each gets the tier's constant
         * (matching all documents costs nothing), so their order among themselves is the same.
         */
        Parsed allWordsOnly() {
            return allWords == null ? this : new Parsed(allWords, null, proximity, true);
        }

        /** The words with the all-words tier, without proximity or type weights (the fallback ranks by them). */
        Query rankedWords() {
            return allWords == null ? words : new BooleanQuery.Builder().add(words, Occur.MUST)
                    .add(tier(allWords), Occur.SHOULD).build();
        }

        private static Query tier(Query members) {
            return new BoostQuery(new ConstantScoreQuery(members), ALL_WORDS_TIER);
        }
    }

    /**
     * Course pages and self-assessments repeat a lesson's words (summary, objectives, feedback) but are rarely the
     * best answer: their whole score is scaled by this (measured: 0.5–0.7 are equally good, 1 and lower weights for
     * one type only are worse, docs/search.md).
     */
    static final float OVERVIEW_WEIGHT = 0.6f;
    private static final Query OVERVIEWS = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.TYPE, ContentType.COURSE.code())), Occur.SHOULD)
            .add(new TermQuery(new Term(Fields.TYPE, ContentType.QUIZ.code())), Occur.SHOULD).build();

    /**
     * The query with the score of course pages and quizzes scaled by {@link #OVERVIEW_WEIGHT}. Two boolean clauses
     * (the overviews and the rest) rather than a function score, so that Lucene still prunes by maximum score; the
     * overviews' clause is led by their few type postings.
     */
    static Query typeWeighted(Query query) {
        return new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(query, Occur.MUST).add(OVERVIEWS, Occur.MUST_NOT).build(),
                        Occur.SHOULD)
                .add(new BoostQuery(new BooleanQuery.Builder().add(query, Occur.MUST).add(OVERVIEWS, Occur.FILTER)
                        .build(), OVERVIEW_WEIGHT), Occur.SHOULD)
                .build();
    }

    static Optional<Query> parse(String text, Analyzer analyzer) {
        return parse(text, analyzer, Matching.ALL);
    }

    static Optional<Query> parse(String text, Analyzer analyzer, Matching matching) {
        return parsed(text, analyzer, matching).map(Parsed::query);
    }

    /**
     * Best effort when the first matching found little: any topic word matches, and the documents the first
     * matching finds rank above those that only have some of the words.
     */
    static Optional<Parsed> anyRankingFirst(String text, Analyzer analyzer, Matching first) {
        return parsed(text, analyzer, first).flatMap(preferred -> anyRankingFirst(text, analyzer, preferred));
    }

    /** As above, reusing the first matching's parse (only the any-word clause is parsed anew). */
    static Optional<Parsed> anyRankingFirst(String text, Analyzer analyzer, Parsed preferred) {
        String input = text.strip();
        Query any = input.isEmpty() ? null
                : wordsIn(input, analyzer, OWN_LOGIC.matcher(input).find() ? Matching.ALL : Matching.ANY);
        if (any == null) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(new BooleanQuery.Builder().add(any, Occur.MUST)
                .add(preferred.rankedWords(), Occur.SHOULD).build(), null, preferred.proximity()));
    }

    static Optional<Parsed> parsed(String text, Analyzer analyzer, Matching matching) {
        String input = text.strip();
        if (input.isEmpty()) {
            return Optional.empty();
        }
        Matching how = OWN_LOGIC.matcher(input).find() ? Matching.ALL : matching;
        Query words = wordsIn(input, analyzer, how);
        if (words == null) {
            return Optional.empty();
        }
        Query all = how == Matching.ALL || topicWords(input) < 2 ? null : wordsIn(input, analyzer, Matching.ALL);
        return Optional.of(new Parsed(words, all, proximity(input, analyzer)));
    }

    /** The input parsed in each language and OR-ed; null if nothing is left of it in either (only stop words). */
    private static @Nullable Query wordsIn(String input, Analyzer analyzer, Matching how) {
        BooleanQuery.Builder languages = new BooleanQuery.Builder();
        int parsed = 0;
        for (String[] fields : List.of(SPANISH, ENGLISH)) {
            Query query = parseIn(fields, input, analyzer, how);
            if (query != null) {
                languages.add(query, Occur.SHOULD);
                parsed++;
            }
        }
        return parsed == 0 ? null : languages.build();
    }

    /** How many words of the input carry a topic (with one, every word is all words: no tier needed). */
    private static int topicWords(String input) {
        int count = 0;
        for (String word : input.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !SPANISH_STOP_WORDS.contains(SpanishFolding.fold(word.toLowerCase()))) {
                count++;
            }
        }
        return count;
    }

    /** The text parsed for one language; null if nothing of it is left in that language (only stop words). */
    private static @Nullable Query parseIn(String[] fields, String input, Analyzer analyzer, Matching matching) {
        Query query;
        try {
            query = new WordsParser(fields, analyzer, matching).parse(neutralise(input));
        } catch (Exception | StackOverflowError first) {
            try {
                query = new WordsParser(fields, analyzer, matching).parse(QueryParser.escape(input));
            } catch (Exception | StackOverflowError second) {
                return null;
            }
        }
        return query instanceof BooleanQuery bool && bool.clauses().isEmpty() ? null : query;
    }

    /** The plain words that carry a topic, as a sloppy phrase in each language; null for one word or any syntax. */
    private static @Nullable Query proximity(String input, Analyzer analyzer) {
        if (SYNTAX.matcher(input).find()) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        int count = 0;
        for (String word : input.split("\\s+")) {
            if (!word.isEmpty() && !SPANISH_STOP_WORDS.contains(SpanishFolding.fold(word.toLowerCase()))) {
                words.append(count++ == 0 ? "" : " ").append(QueryParser.escape(word));
            }
        }
        if (count < 2) {
            return null;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        for (String[] fields : List.of(SPANISH, ENGLISH)) {
            try {
                Query phrase = new WordsParser(fields, analyzer, Matching.ALL)
                        .parse("\"" + words + "\"~" + PROXIMITY_SLOP);
                if (!(phrase instanceof BooleanQuery bool && bool.clauses().isEmpty())) {
                    either.add(phrase, Occur.SHOULD);
                }
            } catch (ParseException | RuntimeException e) {
                // no proximity boost in this language
            }
        }
        BooleanQuery phrases = either.build();
        return phrases.clauses().isEmpty() ? null : new BoostQuery(phrases, PROXIMITY_BOOST);
    }

    /** The input with every operator but the supported ones escaped. */
    static String neutralise(String input) {
        StringBuilder out = new StringBuilder(input.length() + 16);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            switch (c) {
                case ':', '^', '~', '[', ']', '{', '}', '/', '\\', '!', '?', '&', '|' -> out.append('\\').append(c);
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Whether every term of a clause is a stop word (a clause per word, across the fields of one language). */
    static boolean onlyStopWords(Query clause) {
        boolean[] stop = {true};
        boolean[] any = {false};
        clause.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                for (Term term : terms) {
                    any[0] = true;
                    stop[0] &= STOP_TERMS.contains(term.text());
                }
            }

            @Override
            public void visitLeaf(Query leaf) {
                stop[0] = false;
            }
        });
        return any[0] && stop[0];
    }

    private static Set<String> stopTerms() {
        Set<String> terms = new HashSet<>();
        for (Analyzers.Stemmer stemmer : Analyzers.Stemmer.values()) {
            try (Analyzer spanish = Analyzers.spanish(null, stemmer)) {
                for (Object word : SPANISH_STOP_WORDS) {
                    String first = firstToken(spanish, Fields.BODY_ES, new String((char[]) word));
                    if (first != null) {
                        terms.add(first);
                    }
                }
            }
        }
        return Set.copyOf(terms);
    }

    static @Nullable String firstToken(Analyzer analyzer, String field, String text) {
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String first = tokens.incrementToken() ? term.toString() : null;
            tokens.end();
            return first;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The parser of one language. In relaxed matching the run of plain words becomes one clause that needs
     * {@link Matching#required} of its topic words (stop words only add score); what the person marked themselves
     * (a "phrase", a prefix*) must match.
     *
     * <p>Prefixes: the text fields hold stems ("cultura" is indexed as "cultur", "políticas" as "polit"), so a
     * prefix as typed would miss the very word it spells out. Each prefix therefore also matches as the stem of what
     * was typed: {@code cultura*} finds "cultura", "cultural" and "culturales".
     */
    private static final class WordsParser extends MultiFieldQueryParser {

        private final Matching matching;
        private final Set<Query> wordRuns = Collections.newSetFromMap(new IdentityHashMap<>());

        WordsParser(String[] fields, Analyzer analyzer, Matching matching) {
            super(fields, analyzer, BOOSTS);
            this.matching = matching;
            setDefaultOperator(matching == Matching.ALL ? Operator.AND : Operator.OR);
            setSplitOnWhitespace(false);
            setAutoGeneratePhraseQueries(false);
            // A multi-word synonym matches its words anywhere ("público objetivo" is rarely written as such); the
            // proximity boost still ranks the adjacent ones first, and "quotes" keep a phrase a phrase.
            setAutoGenerateMultiTermSynonymsPhraseQuery(false);
            setAllowLeadingWildcard(false);
        }

        @Override
        protected Query getMultiTermPositionQuery(List<Query> words) throws ParseException {
            if (matching == Matching.ALL) {
                return super.getMultiTermPositionQuery(words);
            }
            List<Query> topical = words.stream().filter(w -> !onlyStopWords(w)).toList();
            List<Query> counted = topical.isEmpty() ? words : topical;
            BooleanQuery.Builder needed = new BooleanQuery.Builder();
            counted.forEach(word -> needed.add(word, Occur.SHOULD));
            needed.setMinimumNumberShouldMatch(matching.required(counted.size()));
            BooleanQuery.Builder run = new BooleanQuery.Builder().add(needed.build(), Occur.MUST);
            if (!topical.isEmpty()) {
                words.stream().filter(w -> !topical.contains(w)).forEach(stop -> run.add(stop, Occur.SHOULD));
            }
            Query query = run.build();
            wordRuns.add(query);
            return query;
        }

        @Override
        protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
            if (matching == Matching.ALL) {
                return super.getBooleanQuery(clauses);
            }
            // OR as the default operator made every clause optional: only the run of words may be relaxed.
            List<BooleanClause> required = clauses.stream().map(c -> c.occur() == Occur.SHOULD
                    && !wordRuns.contains(c.query()) ? new BooleanClause(c.query(), Occur.MUST) : c).toList();
            return super.getBooleanQuery(required);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            Query typed = super.getPrefixQuery(field, termStr);
            if (field == null) {
                return typed; // the multi-field parser calls back once per field
            }
            String stem = firstToken(getAnalyzer(), field, termStr);
            String normalised = getAnalyzer().normalize(field, termStr).utf8ToString();
            if (stem == null || stem.isEmpty() || stem.equals(normalised)) {
                return typed;
            }
            return new BooleanQuery.Builder().add(typed, Occur.SHOULD)
                    .add(new PrefixQuery(new Term(field, stem)), Occur.SHOULD).build();
        }
    }
}
