package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * How the parsed query ranks, on a small in-memory index: content types weigh differently, and running the
 * all-words tier alone (what a search does when it fills the first page) keeps the first page exactly as it was.
 */
class RankingTest {

    private static final UserQueries.Parsed TARIFAS = UserQueries.parsed("tarifas de temporada",
            Analyzers.forQueries(null), SearchService.MATCHING).orElseThrow();

    @Test
    void a_lesson_outranks_a_course_page_and_a_self_assessment_that_say_the_same() throws IOException {
        try (DirectoryReader reader = index(List.of(
                doc("course", ContentType.COURSE, "Tarifas de temporada", "tarifas de temporada alta y baja"),
                doc("quiz", ContentType.QUIZ, "Tarifas de temporada", "tarifas de temporada alta y baja"),
                doc("lesson", ContentType.LESSON, "Tarifas de temporada", "tarifas de temporada alta y baja")))) {
            assertThat(ids(new IndexSearcher(reader), TARIFAS.query(), 3).getFirst()).isEqualTo("lesson");
        }
    }

    @Test
    void the_all_words_tier_alone_gives_the_same_first_page_when_it_fills_it() throws IOException {
        List<IndexDoc> docs = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            String extra = " palabra".repeat(i);
            docs.add(doc("all-" + i, i % 3 == 0 ? ContentType.COURSE : ContentType.LESSON, "Lección " + i,
                    "tarifas" + extra + " de temporada" + " relleno".repeat(i % 5)));
        }
        for (int i = 0; i < 6; i++) {
            docs.add(doc("some-" + i, ContentType.LESSON, "Tarifas " + i, "tarifas tarifas tarifas"));
        }
        try (DirectoryReader reader = index(docs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(searcher.count(TARIFAS.allWords())).isEqualTo(14);
            assertThat(searcher.count(TARIFAS.words())).as("with half of the words").isEqualTo(20);
            List<String> firstPage = ids(searcher, TARIFAS.query(), SearchService.PAGE_SIZE);
            assertThat(firstPage).allMatch(id -> id.startsWith("all-"));
            assertThat(ids(searcher, TARIFAS.allWordsOnly().query(), SearchService.PAGE_SIZE))
                    .containsExactlyElementsOf(firstPage);
        }
    }

    private static IndexDoc doc(String id, ContentType type, String title, String body) {
        return new IndexDoc(id, 1, Fields.PUBLISHED, type, "es", title, "Curso", List.of(), List.of(), "", body, "",
                null, null, null);
    }

    private static DirectoryReader index(List<IndexDoc> docs) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.forIndexing()))) {
            for (IndexDoc doc : docs) {
                writer.addDocument(doc.toDocument());
            }
        }
        return DirectoryReader.open(directory);
    }

    private static List<String> ids(IndexSearcher searcher, Query query, int n) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(Fields.ID));
        }
        return ids;
    }
}
