package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexCrashTest {

    @TempDir
    Path root;

    @Test
    void a_crash_in_the_middle_of_indexing_is_repaired_from_the_database_on_restart() {
        LuceneIndex index = new LuceneIndex(root);
        assertThat(index.needsRebuild()).isTrue();
        index.rebuild(Stream.of(docs(1, "uno"), docs(2, "dos")), () -> { });
        index.close();

        LuceneIndex restarted = new LuceneIndex(root);
        assertThat(restarted.needsRebuild()).as("closed cleanly").isFalse();
        // Course 2 changes in the database; indexing starts, then the process dies before any commit.
        restarted.replaceGroup(IndexDoc.group(2, Fields.PUBLISHED), docs(2, "dos nuevo", "dos otra"));
        restarted.simulateCrash();

        LuceneIndex afterCrash = new LuceneIndex(root);
        assertThat(afterCrash.needsRebuild()).as("an unclean index is rebuilt").isTrue();
        assertThat(afterCrash.documentCount()).as("still answers from the last commit meanwhile").isEqualTo(2);
        // The database now says: course 1 as before, course 2 with two documents.
        afterCrash.rebuild(Stream.of(docs(1, "uno"), docs(2, "dos nuevo", "dos otra")), () -> { });
        assertThat(afterCrash.documentCount()).isEqualTo(3);
        assertThat(afterCrash.needsRebuild()).isFalse();
        afterCrash.close();
        assertThat(new LuceneIndex(root).documentCount()).isEqualTo(3);
    }

    @Test
    void shutting_down_with_updates_still_queued_leaves_the_index_to_be_rebuilt() {
        LuceneIndex index = new LuceneIndex(root);
        index.rebuild(Stream.of(docs(1, "uno")), () -> { });
        index.rebuildOnNextStart();
        index.close();
        LuceneIndex next = new LuceneIndex(root);
        assertThat(next.needsRebuild()).isTrue();
        next.close();
    }

    @Test
    void a_corrupt_index_is_replaced_by_a_fresh_one_and_flagged_for_rebuild() throws Exception {
        LuceneIndex index = new LuceneIndex(root);
        index.rebuild(Stream.of(docs(1, "uno")), () -> { });
        index.close();
        Path live = root.resolve(Files.readString(root.resolve("current")).strip());
        try (Stream<Path> files = Files.list(live)) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        LuceneIndex recovered = new LuceneIndex(root);
        assertThat(recovered.needsRebuild()).isTrue();
        assertThat(recovered.documentCount()).isZero();
        recovered.rebuild(Stream.of(docs(1, "uno")), () -> { });
        assertThat(recovered.documentCount()).isEqualTo(1);
        recovered.close();
    }

    @Test
    void an_index_of_an_older_schema_is_flagged_for_rebuild_and_keeps_answering_until_the_swap() throws Exception {
        LuceneIndex index = new LuceneIndex(root);
        index.rebuild(Stream.of(docs(1, "uno"), docs(2, "dos")), () -> { });
        index.close();
        // Stamp the last commit with an older schema, as an index written by the previous release would be.
        Path live = root.resolve(Files.readString(root.resolve("current")).strip());
        try (FSDirectory directory = FSDirectory.open(live);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of("schema", "0", "state", "closed").entrySet());
            writer.commit();
        }

        LuceneIndex upgraded = new LuceneIndex(root);
        assertThat(upgraded.needsRebuild()).isTrue();
        assertThat(upgraded.documentCount()).as("the old index answers meanwhile").isEqualTo(2);
        upgraded.rebuild(Stream.of(docs(1, "uno")), () -> { });
        assertThat(upgraded.needsRebuild()).isFalse();
        assertThat(upgraded.documentCount()).isEqualTo(1);
        upgraded.close();
    }

    @Test
    void a_rebuild_that_fails_half_way_leaves_the_live_index_untouched_and_no_leftover_directory() throws Exception {
        LuceneIndex index = new LuceneIndex(root);
        index.rebuild(Stream.of(docs(1, "uno"), docs(2, "dos")), () -> { });
        Stream<List<Document>> failing = Stream.of(1, 2, 3).map(course -> {
            if (course == 3) {
                throw new IllegalStateException("database went away");
            }
            return docs(10 + course, "nuevo");
        });

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.rebuild(failing, () -> { }))
                .hasMessageContaining("database went away");

        assertThat(index.documentCount()).isEqualTo(2);
        try (Stream<Path> generations = Files.list(root)) {
            assertThat(generations.filter(p -> p.getFileName().toString().startsWith("gen-"))).hasSize(1);
        }
        index.close();
    }

    private static List<Document> docs(long course, String... titles) {
        return Stream.of(titles).map(title -> new IndexDoc(course + "/published/" + title, course, Fields.PUBLISHED,
                ContentType.LESSON, "es-MX", title, "Curso", List.of("Curso", title), List.of(), "", title,
                "cursos/" + course, null, null, null).toDocument()).toList();
    }
}
