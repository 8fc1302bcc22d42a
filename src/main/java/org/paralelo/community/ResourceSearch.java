package org.paralelo.community;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.paralelo.base.MarkdownRenderer;
import org.paralelo.community.domain.ResourceRow;
import org.paralelo.community.domain.ResourceStore;
import org.paralelo.people.Caller;
import org.paralelo.search.ContentType;
import org.paralelo.search.SearchDocument;
import org.paralelo.search.SearchFeed;
import org.paralelo.search.SearchSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Shared resources in search (title, summary, topics, the experience's text or the words of the attached
 * document). The permission model is in the access keys, so it stays inside the Lucene query: a published resource
 * for every signed-in member; one waiting in the queue for the moderators (one document) and its author (another);
 * one sent back only for its author. Written after each commit, searchable within a second; a document whose text
 * is extracted only after the resource was saved is re-indexed then ({@link #groupsUsing}).
 */
@Component
class ResourceSearch implements SearchSource {

    static final ContentType RESOURCE = new ContentType("resource");
    static final String PUBLISHED = "community-resource:published";
    static final String QUEUE = "community-resource:queue";
    private static final int BATCH = 200;
    private static final String GROUP_PREFIX = "community-resource:";

    private final ResourceStore resources;
    private final ResourceAccess access;
    private final SearchFeed feed;
    private final Caller caller;

    ResourceSearch(ResourceStore resources, ResourceAccess access, SearchFeed feed, Caller caller) {
        this.resources = resources;
        this.access = access;
        this.feed = feed;
        this.caller = caller;
    }

    static String authorKey(long personId) {
        return "community-resource:author:" + personId;
    }

    static String group(long resourceId) {
        return GROUP_PREFIX + resourceId;
    }

    /** Before commit, so the change log entry commits with the change (search.SearchFeed). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ResourceChanged change) {
        feed.changed(group(change.resourceId()));
    }

    @Override
    public boolean owns(String group) {
        return group.startsWith(GROUP_PREFIX) && group.substring(GROUP_PREFIX.length()).chars()
                .allMatch(Character::isDigit);
    }

    @Override
    public List<SearchDocument> documents(String group) {
        return resources.find(Long.parseLong(group.substring(GROUP_PREFIX.length()))).map(this::documents)
                .orElse(List.of());
    }

    /** The resources carrying this document: their groups are re-read once its text has been extracted. */
    @Override
    public List<String> groupsUsing(long mediaId) {
        return resources.byMedia(mediaId).stream().map(row -> group(row.id())).toList();
    }

    @Override
    public List<ContentType> types() {
        return List.of(RESOURCE);
    }

    @Override
    public Stream<List<SearchDocument>> groups() {
        return PostSearch.inBatches(resources.allIds(), BATCH, resources::findAll).map(this::documents);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> accessKeys() {
        if (!caller.signedIn()) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>(Set.of(PUBLISHED));
        caller.id().ifPresent(me -> keys.add(authorKey(me.value())));
        if (access.canModerate()) {
            keys.add(QUEUE);
        }
        return keys;
    }

    private List<SearchDocument> documents(ResourceRow row) {
        List<String> keys = switch (ResourceStatus.valueOf(row.status())) {
            case PUBLISHED -> List.of(PUBLISHED);
            case PENDING -> List.of(QUEUE, authorKey(row.authorId()));
            case REJECTED -> List.of(authorKey(row.authorId()));
        };
        String text = String.join("\n", row.summary(), String.join(", ", ResourceViews.split(row.topics())),
                row.body() == null ? "" : MarkdownRenderer.plainText(row.body()),
                row.url() == null ? "" : row.url(),
                row.mediaId() == null ? "" : feed.extractedText(row.mediaId()).orElse(""));
        String path = ResourcePaths.resource(new ResourceId(row.id()));
        List<SearchDocument> documents = new ArrayList<>();
        for (String key : keys) {
            documents.add(new SearchDocument(group(row.id()), "community/resource/" + row.id() + "/" + key, RESOURCE,
                    key, "es", row.title(), List.of(SearchDocument.label("resource.library.title"), row.title()), text, path));
        }
        return documents;
    }
}
