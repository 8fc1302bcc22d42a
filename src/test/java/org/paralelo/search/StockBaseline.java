package org.paralelo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline the issue compares with: a plain BM25 index of the same documents (title and body, nothing
 * boosted) with Lucene's stock SpanishAnalyzer chain plus accent folding, queried with the classic parser (words
 * OR-ed). Nothing tuned: no synonyms, no per-language fields, no typo pass.
 */
final class StockBaseline {

    /** One document as the runner reads it back from the live index. */
    record SampleDoc(String title, String body, boolean english) {
    }

    private final IndexSearcher searcher;
    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new StopFilter(stream, SpanishAnalyzer.getDefaultStopSet());
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, new SpanishLightStemFilter(stream));
        }
    };

    StockBaseline(List<SampleDoc> docs) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (SampleDoc sample : docs) {
                    Document doc = new Document();
                    doc.add(new StoredField("name", sample.title()));
                    doc.add(new TextField("title", sample.title(), Field.Store.NO));
                    doc.add(new TextField("body", sample.body(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> search(String text) {
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer);
            Query query;
            try {
                query = parser.parse(text);
            } catch (ParseException e) {
                query = parser.parse(QueryParser.escape(text));
            }
            List<String> titles = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, 20).scoreDocs) {
                titles.add(searcher.storedFields().document(hit.doc).get("name"));
            }
            return titles;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
