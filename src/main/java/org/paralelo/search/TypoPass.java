package org.paralelo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The typo pass of a search (step 4 of the pipeline in docs/search.md): whether a typed word is in no document at
 * all, and the typed text with each such word replaced by the closest word this reader can find.
 */
@Component
class TypoPass {

    /** Words the typo pass may correct: shorter ones have too many neighbours. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private final LuceneIndex index;
    private final QueryAnalysis analysis;
    private final DirectSpellChecker nearSpelling = spellChecker(1);
    private final DirectSpellChecker farSpelling = spellChecker(2);

    TypoPass(LuceneIndex index, QueryAnalysis analysis) {
        this.index = index;
        this.analysis = analysis;
    }

    private static DirectSpellChecker spellChecker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
        return checker;
    }

    /**
     * The typed text with each unknown word (in no document, see {@link #unknown}) of at least 4 letters replaced by
     * the closest more frequent word of the index as written (accents and ñ included), or null if no word changed.
     * A replacement must itself be found in what this reader may see: the spelling field spans every edition, so
     * without the check a word from a draft could leak. A known word is never replaced, so a correction never
     * points away from the content ("presupuestar" stays, it finds "presupuesto").
     */
    @Nullable String correction(String text, Query visible) {
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
    boolean hasUnknownWord(String text) {
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
