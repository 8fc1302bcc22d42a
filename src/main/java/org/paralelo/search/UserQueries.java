package org.paralelo.search;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * Turns whatever a person typed into a query, never an error. Supported: words (all must match), "phrases", OR,
 * -exclusion, +, NOT, parentheses and prefix*. Everything else that means something to Lucene's syntax (fields,
 * boosts, fuzziness, ranges, regular expressions) is escaped, so it is searched as text and cannot reach internal
 * fields. If the result still does not parse, the whole input is escaped; if even that fails, nothing matches.
 */
final class UserQueries {

    static final String[] FIELDS = {Fields.TITLE_ES, Fields.HEADINGS_ES, Fields.BODY_ES,
            Fields.TITLE_EN, Fields.HEADINGS_EN, Fields.BODY_EN};
    private static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE_ES, 4f, Fields.TITLE_EN, 4f,
            Fields.HEADINGS_ES, 2f, Fields.HEADINGS_EN, 2f, Fields.BODY_ES, 1f, Fields.BODY_EN, 1f);

    private UserQueries() {
    }

    static Optional<Query> parse(String text, Analyzer analyzer) {
        String input = text.strip();
        if (input.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser(analyzer).parse(neutralise(input)));
        } catch (Exception | StackOverflowError first) {
            try {
                return Optional.of(parser(analyzer).parse(QueryParser.escape(input)));
            } catch (Exception | StackOverflowError second) {
                return Optional.empty();
            }
        }
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

    private static QueryParser parser(Analyzer analyzer) {
        MultiFieldQueryParser parser = new StemmedPrefixParser(analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGeneratePhraseQueries(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    /**
     * The text fields hold stems ("cultura" is indexed as "cultur", "políticas" as "politic"), so a prefix as typed
     * would miss the very word it spells out. Each prefix therefore also matches as the stem of what was typed:
     * {@code cultura*} finds "cultura", "cultural" and "culturales".
     */
    private static final class StemmedPrefixParser extends MultiFieldQueryParser {

        StemmedPrefixParser(Analyzer analyzer) {
            super(FIELDS, analyzer, BOOSTS);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            Query typed = super.getPrefixQuery(field, termStr);
            if (field == null) {
                return typed; // the multi-field parser calls back once per field
            }
            String stem = firstToken(field, termStr);
            String normalised = getAnalyzer().normalize(field, termStr).utf8ToString();
            if (stem == null || stem.isEmpty() || stem.equals(normalised)) {
                return typed;
            }
            return new BooleanQuery.Builder().add(typed, Occur.SHOULD)
                    .add(new PrefixQuery(new Term(field, stem)), Occur.SHOULD).build();
        }

        private @Nullable String firstToken(String field, String text) {
            try (TokenStream tokens = getAnalyzer().tokenStream(field, text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                String first = tokens.incrementToken() ? term.toString() : null;
                tokens.end();
                return first;
            } catch (IOException e) {
                return null;
            }
        }
    }
}
