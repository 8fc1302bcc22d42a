package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The proximity boost re-orders only the first {@link SearchService#RESCORE_WINDOW} hits; walking the pages of a
 * query with more hits than that must still show every hit once, in one order.
 */
class ProximityPagingTest {

    private static final long COURSE = 42;

    @Test
    void walking_the_pages_of_a_two_word_query_shows_every_hit_exactly_once() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.forIndexing()))) {
                for (int n = 0; n < 260; n++) {
                    writer.addDocument(lesson(n).toDocument());
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Analyzer analyzer = Analyzers.forQueries(QueryAnalysis.parse(""));
                Query visible = new PermissionFilter(false, Set.of(COURSE), Set.of()).query();
                SearchRequest request = SearchRequest.of("presupuesto cultural");
                UserQueries.Parsed parsed = UserQueries.parsed("presupuesto cultural", analyzer,
                        SearchService.MATCHING).orElseThrow().allWordsOnly();
                assertThat(parsed.proximityRescoring()).as("a two-word query carries a proximity boost").isNotNull();

                List<Integer> walked = new ArrayList<>();
                for (int page = 0; page * SearchService.PAGE_SIZE < 260; page++) {
                    int from = page * SearchService.PAGE_SIZE;
                    ScoreDoc[] top = SearchService.page(searcher, parsed, visible, request,
                            from + SearchService.PAGE_SIZE).top().scoreDocs;
                    for (int i = from; i < top.length; i++) {
                        walked.add(top[i].doc);
                    }
                }
                assertThat(walked).hasSize(260);
                assertThat(new HashSet<>(walked)).hasSize(260);
            }
        }
    }

    /** Every lesson has both words; a third have them side by side, so the boost re-orders the window. */
    private static IndexDoc lesson(int n) {
        String filler = "gestion taller municipio ".repeat(1 + n % 7);
        String body = n % 3 == 0 ? "un presupuesto cultural " + filler
                : "presupuesto " + filler + " cultural " + "equipo ".repeat(n % 5);
        return new IndexDoc(COURSE + "/published/paging/" + n, COURSE, Fields.PUBLISHED, ContentType.LESSON, "es-MX",
                "Lección " + n, "Curso", List.of("Curso", "Módulo", "Lección " + n), List.of("gestion-empresarial"),
                "", body, "cursos/" + COURSE, null, null, null);
    }
}
