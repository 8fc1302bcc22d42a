package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The remembered stems must be exactly the terms Lucene's own Snowball filter gives after {@link SpanishSuffixAccents}:
 * indexing got faster, not different.
 */
class SpanishStemsTest {

    @Test
    void every_word_of_the_sample_library_gets_the_term_snowball_gives_with_or_without_a_full_memory()
            throws IOException {
        String library = sampleText();
        Analyzer snowball = chain(folded -> new SnowballFilter(new SpanishSuffixAccents(folded), new SpanishStemmer()));
        var expected = SpanishAnalysisTest.terms(snowball, library);

        assertThat(expected).hasSizeGreaterThan(10_000);
        assertThat(SpanishAnalysisTest.terms(chain(SpanishStems::new), library)).isEqualTo(expected);
        assertThat(SpanishAnalysisTest.terms(chain(folded -> new SpanishStems(folded, 100)), library))
                .isEqualTo(expected);
    }

    @Test
    void a_reused_stream_remembers_stems_without_mixing_up_words_that_share_a_beginning() {
        Analyzer stems = chain(SpanishStems::new);
        for (int round = 0; round < 2; round++) {
            assertThat(SpanishAnalysisTest.terms(stems, "organizacion organización organizar organizaciones"))
                    .containsOnly("organiz");
            assertThat(SpanishAnalysisTest.terms(stems, "presupuestar presupuesto presupuestal"))
                    .containsExactly("presupuest", "presupuest", "presupuestal");
            assertThat(SpanishAnalysisTest.terms(stems, "metodologia metodologías año ano"))
                    .containsExactly("metodolog", "metodolog", "año", "ano");
        }
    }

    private static Analyzer chain(UnaryOperator<TokenStream> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stemmer.apply(SpanishFolding.lowerAndFold(source)));
            }
        };
    }

    private static String sampleText() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content-samples"))) {
            return files.filter(p -> p.toString().endsWith(".md")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
