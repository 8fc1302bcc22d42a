package org.paralelo.search;

import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

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
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGeneratePhraseQueries(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }
}
