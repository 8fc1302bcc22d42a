package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SpanishAnalysisTest {

    private final Analyzer spanish = Analyzers.spanish(null);

    @Test
    void accents_and_case_do_not_matter() {
        assertThat(terms("gestion")).isEqualTo(terms("Gestión")).isEqualTo(terms("GESTIÓN"));
    }

    @Test
    void singular_and_plural_meet() {
        assertThat(terms("derecho de autor")).isEqualTo(terms("derechos de autor"));
        assertThat(terms("política cultural")).isEqualTo(terms("políticas culturales"));
    }

    @Test
    void enye_stays_a_letter_of_its_own() {
        assertThat(terms("año")).isNotEqualTo(terms("ano"));
        assertThat(terms("AÑO")).isEqualTo(terms("año"));
        assertThat(terms("caña")).isNotEqualTo(terms("cana"));
        assertThat(SpanishFolding.fold("pequeña acción")).isEqualTo("pequeña accion");
    }

    @Test
    void folding_lowers_every_letter_keeps_enye_and_leaves_other_scripts_and_symbols_alone() {
        Analyzer folding = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var source = new org.apache.lucene.analysis.core.WhitespaceTokenizer();
                return new TokenStreamComponents(source, SpanishFolding.lowerAndFold(source));
            }
        };
        assertThat(terms(folding, "ÁRBOL Ñandú PINGÜINO Çà año AÑO ÑÑ"))
                .containsExactly("arbol", "ñandu", "pinguino", "ca", "año", "año", "ññ");
        assertThat(terms(folding, "ÆON Œuvre straße")).containsExactly("aeon", "oeuvre", "strasse");
        assertThat(terms(folding, "ΔΗΜΟΣ 😀x Ⅻ")).containsExactly("δημοσ", "😀x", "ⅻ");
        assertThat(terms(folding, "sin-acentos 2026")).containsExactly("sin-acentos", "2026");
    }

    @Test
    void synonyms_expand_at_query_time_even_across_several_words() throws Exception {
        Analyzer query = Analyzers.spanish(QueryAnalysis.parse("pyme, pequeña y mediana empresa\nmercadotecnia, marketing"));
        assertThat(terms(query, "marketing")).containsAll(terms("mercadotecnia"));
        assertThat(terms(query, "PyME")).containsAll(terms("pequeña y mediana empresa"));
    }

    @Test
    void typed_phrases_are_positional_queries_and_plain_words_and_multi_word_synonyms_are_not() throws Exception {
        Analyzer query = Analyzers.forQueries(QueryAnalysis.parse("pyme, pequeña y mediana empresa"));

        assertThat(SearchService.positional(words("\"derecho de autor\"", query))).isTrue();
        assertThat(SearchService.positional(words("festival \"casa de cultura\"", query))).isTrue();
        // A multi-word synonym matches its words anywhere; the proximity boost only ranks (not in the words).
        assertThat(SearchService.positional(words("pyme", query))).isFalse();
        assertThat(SearchService.positional(words("derecho autor", query))).isFalse();
        assertThat(SearchService.positional(words("cultura* OR festival", query))).isFalse();
    }

    private static org.apache.lucene.search.Query words(String text, Analyzer analyzer) {
        return UserQueries.parsed(text, analyzer, SearchService.MATCHING).orElseThrow().words();
    }

    private List<String> terms(String text) {
        return terms(spanish, text);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body_es", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }
}
