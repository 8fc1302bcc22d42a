package org.paralelo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Paralelo's own analysis and query parsing over an in-memory copy of the sample documents, with one stemmer and
 * one way of matching the words: the comparisons behind the choices in docs/search.md. No typo pass here (it is the
 * same for every variant) and no headings field (the copy is read back from stored fields).
 */
final class PipelineVariants implements AutoCloseable {

    enum Variant {
        /** Every word required. */
        ALL(UserQueries.Matching.ALL, null),
        /** Every word; if that finds fewer than 3, any word, ranking those with every word first. */
        ALL_THEN_ANY(UserQueries.Matching.ALL, UserQueries.Matching.ANY),
        /** A minimum-should-match that grows with the number of words. */
        MOST(UserQueries.Matching.MOST, null),
        /** The same with the growing minimum (what SearchService does). */
        MOST_THEN_ANY(UserQueries.Matching.MOST, UserQueries.Matching.ANY),
        /** At least half of the words. */
        HALF(UserQueries.Matching.HALF, null),
        /** The same, then any word. */
        HALF_THEN_ANY(UserQueries.Matching.HALF, UserQueries.Matching.ANY);

        final UserQueries.Matching first;
        final UserQueries.Matching fallback;

        Variant(UserQueries.Matching first, UserQueries.Matching fallback) {
            this.first = first;
            this.fallback = fallback;
        }
    }

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queries;

    PipelineVariants(List<StockBaseline.SampleDoc> docs, Analyzers.Stemmer stemmer, String synonyms) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(
                    Analyzers.forIndexing(stemmer)))) {
                int n = 0;
                for (StockBaseline.SampleDoc doc : docs) {
                    writer.addDocument(new IndexDoc("doc/" + n++, 1, Fields.PUBLISHED, ContentType.LESSON,
                            doc.english() ? "en" : "es", doc.title(), "Muestra", List.of(), List.of(), "",
                            doc.body(), "", null, null, null).toDocument());
                }
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            queries = Analyzers.forQueries(QueryAnalysis.parse(synonyms), stemmer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> search(String text, Variant variant) {
        List<String> titles = search(UserQueries.parse(text, queries, variant.first));
        return titles.size() < SearchService.FEW && variant.fallback != null
                ? search(UserQueries.anyRankingFirst(text, queries, variant.first).map(UserQueries.Parsed::query))
                : titles;
    }

    private List<String> search(Optional<Query> query) {
        if (query.isEmpty()) {
            return List.of();
        }
        try {
            List<String> titles = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.get(), 20).scoreDocs) {
                titles.add(searcher.storedFields().document(hit.doc).get(Fields.TITLE));
            }
            return titles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
