package org.paralelo.community;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.paralelo.base.MarkdownRenderer;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Threads and replies in search: one document per visible post, found by whoever may read its space (the access
 * key is the space). Every change is written to the index after its commit and is searchable within a second;
 * a hidden post or thread leaves the index.
 */
@Component
class PostSearch implements SearchSource {

    static final ContentType THREAD = new ContentType("thread");
    static final ContentType REPLY = new ContentType("reply");
    private static final int BATCH = 500;
    private static final String GROUP_PREFIX = "community-post:";

    private final PostStore posts;
    private final SpaceStore spaces;
    private final SpaceAccess access;
    private final CourseAccess courses;
    private final SearchFeed feed;
    private final RunCircleService runs;
    private final Caller caller;

    PostSearch(PostStore posts, SpaceStore spaces, SpaceAccess access, CourseAccess courses, SearchFeed feed,
               RunCircleService runs, Caller caller) {
        this.runs = runs;
        this.posts = posts;
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

    @Override
    public boolean owns(String group) {
        return group.startsWith(GROUP_PREFIX);
    }

    @Override
    public List<SearchDocument> documents(String group) {
        long id = Long.parseLong(group.substring(GROUP_PREFIX.length()));
        return posts.searchRows(List.of(id)).stream().map(this::document).toList();
    }

    @Override
    public List<ContentType> types() {
        return List.of(THREAD, REPLY);
    }

    @Override
    public Stream<List<SearchDocument>> groups() {
        return inBatches(posts.allIds(), BATCH, posts::searchRows).map(row -> List.of(document(row)));
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

    private SearchDocument document(SearchRow row) {
        boolean opening = row.seq() == 0;
        ThreadId thread = new ThreadId(row.threadId());
        return new SearchDocument(group(row.id()), "community/post/" + row.id(), opening ? THREAD : REPLY,
                key(row.spaceId()), "es", row.threadTitle(),
                List.of(SearchDocument.named(row.spaceNameEs(), row.spaceNameEn()), row.threadTitle()),
                MarkdownRenderer.plainText(row.body()), opening ? SpacePaths.thread(thread)
                : SpacePaths.post(thread, row.seq()));
    }
}
