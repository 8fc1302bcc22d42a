package org.paralelo.community;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.stream.Stream;
import org.paralelo.base.MarkdownRenderer;
import org.paralelo.community.domain.PostFileStore;
import org.paralelo.community.domain.PostFileStore.FileRow;
import org.paralelo.community.domain.PostStore;
import org.paralelo.community.domain.PostStore.SearchRow;
import org.paralelo.community.domain.SpaceRow;
import org.paralelo.community.domain.SpaceStore;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.people.Caller;
import org.paralelo.programme.RunCircleService;
import org.paralelo.search.ContentType;
import org.paralelo.search.SearchDocument;
import org.paralelo.search.SearchFeed;
import org.paralelo.search.SearchSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Threads and replies in search: one document per visible post, found by whoever may read its space (the access
 * key is the space), and one more per attachment with text (the words search extracted from the PDF, DOCX, ODT…),
 * in the post's group and under the same key, so it follows the post: a hidden post's attachments leave the index
 * with it, and an edit that adds or removes an attachment rewrites the group. A hit in an attachment opens the post
 * and names the file. Every change is written to the index after its commit and is searchable within a second; an
 * attachment whose text is extracted only after the post was saved is re-indexed then ({@link #groupsUsing}).
 */
@Component
class PostSearch implements SearchSource {

    static final ContentType THREAD = new ContentType("thread");
    static final ContentType REPLY = new ContentType("reply");
    private static final int BATCH = 500;
    private static final String GROUP_PREFIX = "community-post:";

    /** A visible post with its attachments. */
    private record Post(SearchRow row, List<FileRow> attachments) {
    }

    private final PostStore posts;
    private final PostFileStore files;
    private final SpaceStore spaces;
    private final SpaceAccess access;
    private final CourseAccess courses;
    private final SearchFeed feed;
    private final RunCircleService runs;
    private final Caller caller;

    PostSearch(PostStore posts, PostFileStore files, SpaceStore spaces, SpaceAccess access, CourseAccess courses, SearchFeed feed,
               RunCircleService runs, Caller caller) {
        this.runs = runs;
        this.posts = posts;
        this.files = files;
        this.spaces = spaces;
        this.access = access;
        this.courses = courses;
        this.feed = feed;
        this.caller = caller;
    }

    static String key(long spaceId) {
        return "community-space:" + spaceId;
    }

    static String group(long postId) {
        return GROUP_PREFIX + postId;
    }

    /** Before commit, so the change log entries commit with the change (search.SearchFeed). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PostChanged change) {
        List<Long> ids = change.postId() == 0 ? posts.idsOfThread(change.threadId()) : List.of(change.postId());
        ids.forEach(id -> feed.changed(group(id)));
    }

    /**
     * A renamed space's posts (a category, or a course or run space renamed with its course or run) are re-read,
     * for the name in their breadcrumbs: after the rename's commit, in the background (a space may hold thousands
     * of posts), as change log entries the follower of every node applies in batches.
     */
    @ApplicationModuleListener
    void on(SpaceRenamed renamed) {
        posts.idsInSpace(renamed.spaceId()).forEach(id -> feed.changed(group(id)));
    }

    @Override
    public boolean owns(String group) {
        return group.startsWith(GROUP_PREFIX);
    }

    @Override
    public List<SearchDocument> documents(String group) {
        long id = Long.parseLong(group.substring(GROUP_PREFIX.length()));
        return withAttachments(List.of(id)).stream().flatMap(post -> documents(post).stream()).toList();
    }

    /** The posts carrying this file: their groups are re-read once its text has been extracted. */
    @Override
    public List<String> groupsUsing(long mediaId) {
        return files.postsWith(mediaId).stream().map(PostSearch::group).toList();
    }

    @Override
    public List<ContentType> types() {
        return List.of(THREAD, REPLY);
    }

    @Override
    public Stream<List<SearchDocument>> groups() {
        return inBatches(posts.allIds(), BATCH, this::withAttachments).map(this::documents);
    }

    /** The rows of these ids, read {@code size} at a time, so a rebuild never holds every row at once. */
    static <T> Stream<T> inBatches(List<Long> ids, int size, Function<List<Long>, List<T>> read) {
        int batches = (ids.size() + size - 1) / size;
        return Stream.iterate(0, i -> i < batches, i -> i + 1)
                .flatMap(i -> read.apply(ids.subList(i * size, Math.min(ids.size(), (i + 1) * size))).stream());
    }

    /** The spaces the caller reads: the categories (archived ones for admins), the spaces of their courses and runs. */
    @Override
    @Transactional(readOnly = true)
    public Set<String> accessKeys() {
        if (!caller.signedIn()) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        spaces.categories(caller.isAdmin()).forEach(s -> keys.add(key(s.id())));
        List<SpaceRow> courseSpaces = caller.isAdmin() ? spaces.allCourseSpaces()
                : spaces.forCourses(courses.readableCourses().stream().map(CourseId::value).toList());
        for (SpaceRow space : courseSpaces) {
            if (access.canRead(space)) {
                keys.add(key(space.id()));
            }
        }
        spaces.forRuns(runs.myPlaces().stream().map(p -> p.run().value()).toList())
                .forEach(s -> keys.add(key(s.id())));
        return keys;
    }

    /** The visible ones of these posts, each with its attachments (one query for the rows, one for the files). */
    private List<Post> withAttachments(List<Long> ids) {
        List<SearchRow> rows = posts.searchRows(ids);
        Map<Long, List<FileRow>> attached = files.ofPosts(rows.stream().map(SearchRow::id).toList()).stream()
                .filter(f -> PostFiles.ATTACHMENT.equals(f.kind()))
                .collect(Collectors.groupingBy(FileRow::postId));
        return rows.stream().map(row -> new Post(row, attached.getOrDefault(row.id(), List.of()))).toList();
    }

    private List<SearchDocument> documents(Post post) {
        SearchRow row = post.row();
        boolean opening = row.seq() == 0;
        ThreadId thread = new ThreadId(row.threadId());
        String path = opening ? SpacePaths.thread(thread) : SpacePaths.post(thread, row.seq());
        String category = SearchDocument.named(row.spaceNameEs(), row.spaceNameEn());
        List<SearchDocument> documents = new ArrayList<>();
        documents.add(new SearchDocument(group(row.id()), "community/post/" + row.id(), opening ? THREAD : REPLY,
                key(row.spaceId()), "es", row.threadTitle(), List.of(category, row.threadTitle()),
                MarkdownRenderer.plainText(row.body()), path));
        for (FileRow file : post.attachments()) {
            feed.extractedText(file.mediaId()).filter(text -> !text.isBlank()).ifPresent(text -> documents.add(
                    new SearchDocument(group(row.id()), "community/post/" + row.id() + "/media/" + file.mediaId(),
                            opening ? THREAD : REPLY, key(row.spaceId()), "es", row.threadTitle(),
                            List.of(category, row.threadTitle(),
                                    SearchDocument.label("community.search.in-attachment", file.name())),
                            text, path)));
        }
        return documents;
    }
}
