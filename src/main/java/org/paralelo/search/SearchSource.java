package org.paralelo.search;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A kind of content another module owns and search indexes (forum threads, shared resources): the owner maps its
 * content to {@link SearchDocument}s and decides who may see them through access keys. The permission filter stays
 * inside the Lucene query: a reader finds a document of a source only if they hold its access key. The owner tells
 * {@link SearchFeed#changed} which group changed, in the changing transaction; every node then re-reads that group
 * through {@link #documents}. A full rebuild asks every source for all its groups.
 */
public interface SearchSource {

    /** The kinds of document this source writes (labelled {@code search.type.<code>}, offered as a facet). */
    List<ContentType> types();

    /** Every document, group by group, for a full rebuild (called without a signed-in person). */
    Stream<List<SearchDocument>> groups();

    /** Whether this group name (as given to {@link SearchFeed#changed}) is one of this source's. */
    boolean owns(String group);

    /**
     * The group's documents as they are now in the database (called after commit, without a signed-in person);
     * none when its content is gone or hidden, which removes the group from the index.
     */
    List<SearchDocument> documents(String group);

    /**
     * The groups whose documents carry the text of this uploaded file (an attachment), re-read once search has
     * extracted its text, so a file saved before its text was ready is found by its words all the same. None by
     * default. Called without a signed-in person.
     */
    default List<String> groupsUsing(long mediaId) {
        return List.of();
    }

    /** The access keys the signed-in person holds for this source's documents; none for anonymous callers. */
    Set<String> accessKeys();
}
