package org.paralelo.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * The analysis chains. Spanish: lower case, accent folding that keeps ñ, synonyms (query side only, so editing
 * the list needs no re-index) and Snowball stemming (each word's stem remembered: {@link SpanishStems}), which
 * joins the verb and noun forms people type ("presupuestar" and "presupuesto", "organizar" and "organización";
 * measured against the light and plural stemmers in docs/search.md). No stop words: a stop filter after the
 * synonym graph would break multi-word synonyms such as "pequeña y mediana empresa". English text
 * gets Lucene's English analyzer, in its own fields, chosen by the document's language. The spelling field keeps
 * words as written (lower case only) so "did you mean" offers real words.
 */
final class Analyzers {

    /** The Spanish stemmers compared on the judged set; {@link #STEMMER} is the one in use. */
    enum Stemmer {
        LIGHT, PLURAL, SNOWBALL;

        TokenStream apply(TokenStream folded) {
            return switch (this) {
                case LIGHT -> new SpanishLightStemFilter(folded);
                case PLURAL -> new SpanishPluralStemFilter(folded);
                case SNOWBALL -> new SpanishStems(folded);
            };
        }
    }

    static final Stemmer STEMMER = Stemmer.SNOWBALL;

    private Analyzers() {
    }

    /** Index-time analyzer for every field. */
    static Analyzer forIndexing() {
        return forIndexing(STEMMER);
    }

    static Analyzer forIndexing(Stemmer stemmer) {
        return perField(spanish(null, stemmer));
    }

    /** Query-time analyzer: like indexing, plus the synonyms. */
    static Analyzer forQueries(@Nullable SynonymMap synonyms) {
        return forQueries(synonyms, STEMMER);
    }

    static Analyzer forQueries(@Nullable SynonymMap synonyms, Stemmer stemmer) {
        return perField(spanish(synonyms, stemmer));
    }

    private static Analyzer perField(Analyzer spanish) {
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(spanish, Map.of(
                Fields.TITLE_EN, english, Fields.HEADINGS_EN, english, Fields.BODY_EN, english,
                Fields.SPELL, spelling()));
    }

    static Analyzer spanish(@Nullable SynonymMap synonyms) {
        return spanish(synonyms, STEMMER);
    }

    static Analyzer spanish(@Nullable SynonymMap synonyms, Stemmer stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = SpanishFolding.lowerAndFold(source);
                if (synonyms != null && synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(source, stemmer.apply(stream));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                // Prefix queries ("gestió*") are normalised, not analysed: same case and accent rules.
                return SpanishFolding.lowerAndFold(in);
            }
        };
    }

    /** What the synonym list is parsed with: the Spanish chain up to (not including) synonyms and stemming. */
    static Analyzer synonymTerms() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, SpanishFolding.lowerAndFold(source));
            }
        };
    }

    /** Letters only (suggestions are words of letters), which tokenises much faster than the standard tokenizer. */
    private static Analyzer spelling() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new LetterTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

}
