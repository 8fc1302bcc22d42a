package org.paralelo.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.Test;

/**
 * Where the time of a two-word search goes at 100k documents, stage by stage and without Spring, so that the
 * variants of one stage can be compared side by side in one JVM (relative figures hold on a loaded machine; the
 * absolute ones do not). Not part of the test run (the name does not end in "Test"): run it with
 * {@code ./mvnw -o test -Dtest=SearchStagesBenchmark -DenableAssertions=false
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.docs=100000 -Dbenchmark.queries=500]}. Same synthetic
 * documents and word pairs as {@link SearchBenchmark}; prints a table of mean/p50/p95 ms per stage.
 */
class SearchStagesBenchmark {

    private static final int PER_COURSE = 100;

    @Test
    void run() throws Exception {
        int docs = Integer.getInteger("benchmark.docs", 100_000);
        int queries = Integer.getInteger("benchmark.queries", 500);
        SearchBenchmark.Vocabulary words = SearchBenchmark.Vocabulary.fromSamples();
        Path dir = Files.createTempDirectory("search-stages");
        long courseBase = 1_000_000_000L;
        int courses = (docs + PER_COURSE - 1) / PER_COURSE;
        try (FSDirectory directory = FSDirectory.open(dir)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.forIndexing())
                    .setRAMBufferSizeMB(128))) {
                for (int n = 0; n < docs; n++) {
                    writer.addDocument(words.document(courseBase + n / PER_COURSE, n).toDocument());
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Analyzer analyzer = Analyzers.forQueries(QueryAnalysis.parse(SYNONYMS));
                Query visible = new PermissionFilter(false, IntStream.range(0, courses).mapToObj(c -> courseBase + c)
                        .collect(Collectors.toSet()), Set.of()).query();
                Random random = new Random(7);
                List<String> texts = IntStream.range(0, queries + 100).mapToObj(i -> words.pick("AND", random))
                        .map(w -> w[0] + " " + w[1]).toList();
                System.out.println(stages(searcher, analyzer, visible, texts, docs));
            }
        } finally {
            IOUtils.rm(dir);
        }
    }

    private static String stages(IndexSearcher searcher, Analyzer analyzer, Query visible, List<String> texts,
                                 int docs) throws IOException {
        HitSnippets snippets = new HitSnippets(new QueryAnalysis(null));
        Map<String, Function<Prepared, Object>> stages = new LinkedHashMap<>();
        stages.put("parse", q -> UserQueries.parsed(q.text, analyzer, SearchService.MATCHING));
        stages.put("top 10, before: proximity scored over every match", q -> top(searcher,
                filtered(q.parsed.query(), visible)));
        stages.put("top 10, now: words over a window of " + SearchService.RESCORE_WINDOW + ", proximity rescored",
                q -> page(searcher, q, visible).top());
        stages.put("top 10: words alone, no proximity at all", q -> top(searcher,
                filtered(q.parsed.withoutProximity(), visible)));
        stages.put("count + facets collector (all words)", q -> {
            try {
                return searcher.search(new ConstantScoreQuery(filtered(q.parsed.words(), visible)),
                        new FacetsCollectorManager());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        stages.put("snippets + stored fields of the top 10", q -> {
            try {
                return snippets.hits(searcher, q.parsed.words(), q.page, Locale.ROOT);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Prepared> prepared = texts.stream().map(text -> {
            UserQueries.Parsed parsed = UserQueries.parsed(text, analyzer, SearchService.MATCHING).orElseThrow()
                    .allWordsOnly();
            return new Prepared(text, parsed, top(searcher, filtered(parsed.query(), visible)).scoreDocs);
        }).toList();
        // Interleaved (every stage on one query, then the next query) and the best of three runs per query, so that
        // the load of other processes falls on all stages alike and a preempted run does not count.
        prepared.subList(0, 100).forEach(q -> stages.values().forEach(stage -> stage.apply(q)));
        Map<String, double[]> ms = new LinkedHashMap<>();
        stages.keySet().forEach(name -> ms.put(name, new double[prepared.size() - 100]));
        for (int i = 100; i < prepared.size(); i++) {
            for (Map.Entry<String, Function<Prepared, Object>> stage : stages.entrySet()) {
                double best = Double.MAX_VALUE;
                for (int run = 0; run < 3; run++) {
                    long start = System.nanoTime();
                    stage.getValue().apply(prepared.get(i));
                    best = Math.min(best, (System.nanoTime() - start) / 1e6);
                }
                ms.get(stage.getKey())[i - 100] = best;
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nSearch stages, %,d documents, %d "
                + "two-word queries after 100 warm-up (ms, best of 3 runs per query, interleaved)%n%n"
                + "| Stage | mean | p50 | p95 | max |%n|---|---|---|---|---|%n", docs, texts.size() - 100));
        for (Map.Entry<String, double[]> stage : ms.entrySet()) {
            double[] sorted = stage.getValue();
            Arrays.sort(sorted);
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", stage.getKey(),
                    Arrays.stream(sorted).average().orElse(0), sorted[sorted.length / 2],
                    sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]));
        }
        long differing = prepared.stream().filter(q -> !Arrays.equals(ids(q.page), ids(page(searcher, q, visible)
                .top().scoreDocs))).count();
        return out.append(String.format(Locale.ROOT, "%nQueries whose first page (ids in order) differs between "
                + "before and now: %d of %d%n", differing, texts.size())).toString();
    }

    /** A query with its parse and its first page as ranked before (the snippets' input). */
    private record Prepared(String text, UserQueries.Parsed parsed, ScoreDoc[] page) {
    }

    private static SearchService.Page page(IndexSearcher searcher, Prepared q, Query visible) {
        try {
            return SearchService.page(searcher, q.parsed, visible, SearchRequest.of(q.text), SearchService.PAGE_SIZE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] ids(ScoreDoc[] hits) {
        return Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
    }

    private static Query filtered(Query query, Query visible) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(visible, Occur.FILTER).build();
    }

    private static TopDocs top(IndexSearcher searcher, Query query) {
        try {
            return searcher.search(query, SearchService.PAGE_SIZE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seeded groups that single words of the synthetic text can meet (V10). */
    private static final String SYNONYMS = """
            derechos de autor, derecho de autor, propiedad intelectual
            mercadotecnia, marketing, mercadeo
            presupuesto, presupuestar, presupuestación
            financiamiento, financiación
            público objetivo, audiencia, público meta
            conflicto, conflictos, desacuerdo, desacuerdos
            """;

}
