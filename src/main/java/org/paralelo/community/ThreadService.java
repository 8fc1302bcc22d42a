package org.paralelo.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InputChecks;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.domain.ModerationStore;
import org.paralelo.community.domain.PostFileStore.FileRow;
import org.paralelo.community.domain.PostRow;
import org.paralelo.community.domain.PostStore;
import org.paralelo.community.domain.SpaceRow;
import org.paralelo.community.domain.SpaceStore;
import org.paralelo.community.domain.ThreadRow;
import org.paralelo.community.domain.ThreadStore;
import org.paralelo.media.MediaId;
import org.paralelo.people.AuthorFacts;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads and replies: opening, replying (quoting, mentioning, taking a position in a debate), editing within the
 * author's window, "useful" marks, answers, pinning, closing, following, and each reader's "seen up to" marker.
 * Replies are numbered in their thread under a lock on it, so a page of a 2,000-reply thread is one range read.
 * Every visible new post is announced as {@link PostPublished}.
 */
@Service
@Transactional
public class ThreadService {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int PAGE_MAX = 100;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(30);
    static final int EXCERPT = 200;

    private final SpaceStore spaces;
    private final ThreadStore threads;
    private final PostStore posts;
    private final ModerationStore moderation;
    private final SpaceAccess access;
    private final PostRendering rendering;
    private final PostFiles files;
    private final PostLimits limits;
    private final PersonDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThreadService(SpaceStore spaces, ThreadStore threads, PostStore posts, ModerationStore moderation,
                  SpaceAccess access, PostRendering rendering, PostFiles files, PostLimits limits,
                  PersonDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.files = files;
        this.spaces = spaces;
        this.threads = threads;
        this.posts = posts;
        this.moderation = moderation;
        this.access = access;
        this.rendering = rendering;
        this.limits = limits;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** A page of the space's threads: pinned first, then the most recently active, with the reader's unread counts. */
    @Transactional(readOnly = true)
    @PreAuthorize("@spaceAccess.canRead(#space)")
    public List<ThreadSummary> threads(SpaceId space, int offset, int limit) {
        boolean moderator = access.canModerate(space);
        return summaries(threads.page(space.value(), moderator, Math.max(0, offset), Math.clamp(limit, 1, PAGE_MAX)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@spaceAccess.canRead(#space)")
    public int countThreads(SpaceId space) {
        return threads.count(space.value(), access.canModerate(space));
    }

    @PreAuthorize("@spaceAccess.canPost(#draft.space())")
    public ThreadId open(NewThread draft) {
        InputChecks checks = new InputChecks().text(draft.title(), "title", TITLE_MAX).text(draft.body(), "body", BODY_MAX);
        checks.throwIfAny();
        AuthorFacts me = me();
        limits.check(me, draft.title() + "\n" + draft.body());
        SpaceRow space = spaces.find(draft.space().value()).orElseThrow();
        Instant now = clock.instant();
        long thread = threads.insert(space.id(), draft.kind().name(), draft.title().strip(), me.id().value(), now);
        Mentions mentions = mentions(space, draft.body(), me);
        String body = draft.body().strip();
        List<FileRow> attached = files.resolve(0, body, draft.attachments(), List.of());
        long post = posts.insert(thread, 0, me.id().value(), body,
                rendering.html(body, mentions.linked(), PostFiles.imageIds(attached)), null, null, now);
        files.save(post, withPost(post, attached));
        spaces.recordPost(space.id(), now, 1);
        threads.markSeen(me.id().value(), thread, 0, now);
        events.publishEvent(new PostChanged(thread, post));
        events.publishEvent(new PostPublished(post, thread, draft.title().strip(), me.id(), me.fullName(),
                PostRendering.excerpt(body, EXCERPT), Set.of(), mentions.notified(), now));
        return new ThreadId(thread);
    }

    @PreAuthorize("@spaceAccess.canReplyTo(#reply.thread())")
    public PostId reply(NewReply reply) {
        new InputChecks().text(reply.body(), "body", BODY_MAX).throwIfAny();
        ThreadRow thread = threads.lock(reply.thread().value()).orElseThrow();
        SpaceRow space = spaces.find(thread.spaceId()).orElseThrow();
        boolean moderator = access.canModerate(space);
        if (thread.closed() && !moderator) {
            throw new UserFacingException("community.error.closed");
        }
        if (space.archived() && !moderator) {
            throw new UserFacingException("community.error.archived");
        }
        if (reply.stance() != null && !ThreadKind.DEBATE.name().equals(thread.kind())) {
            throw new UserFacingException("community.error.stance-outside-debate");
        }
        Long quoted = null;
        if (reply.quoted() != null) {
            PostRow q = posts.find(reply.quoted().value()).filter(p -> p.threadId() == thread.id() && !p.hidden())
                    .orElseThrow(() -> new UserFacingException("community.error.quote-gone"));
            quoted = q.id();
        }
        AuthorFacts me = me();
        limits.check(me, reply.body());
        Instant now = clock.instant();
        int seq = thread.postCount() + 1;
        Mentions mentions = mentions(space, reply.body(), me);
        String body = reply.body().strip();
        List<FileRow> attached = files.resolve(0, body, reply.attachments(), List.of());
        long post = posts.insert(thread.id(), seq, me.id().value(), body,
                rendering.html(body, mentions.linked(), PostFiles.imageIds(attached)), quoted,
                reply.stance() == null ? null : reply.stance().name(), now);
        files.save(post, withPost(post, attached));
        threads.recordReply(thread.id(), seq, now);
        spaces.recordPost(space.id(), now, 0);
        threads.markSeen(me.id().value(), thread.id(), seq, now);
        events.publishEvent(new PostChanged(thread.id(), post));
        if (!thread.hidden()) {
            Set<PersonId> followers = readers(space, threads.followers(thread.id()));
            followers.remove(me.id());
            followers.removeAll(mentions.notified());
            events.publishEvent(new PostPublished(post, thread.id(), thread.title(), me.id(), me.fullName(),
                    PostRendering.excerpt(body, EXCERPT), followers, mentions.notified(), now));
        }
        return new PostId(post);
    }

    /** The thread's header and opening post, with what the reader may do and where their unread replies start. */
    @Transactional(readOnly = true)
    @PreAuthorize("@spaceAccess.canReadThread(#id)")
    public ThreadDetails thread(ThreadId id) {
        ThreadRow thread = threads.find(id.value()).orElseThrow();
        SpaceRow space = spaces.find(thread.spaceId()).orElseThrow();
        boolean moderator = access.canModerate(space);
        PersonId me = myId();
        ThreadSummary summary = summaries(List.of(thread)).getFirst();
        PostRow opening = posts.opening(thread.id()).orElseThrow();
        PostView first = views(thread, List.of(opening), moderator, me).getFirst();
        boolean following = threads.followChoice(thread.id(), me.value())
                .orElse(thread.authorId() == me.value() || threads.followers(thread.id()).contains(me.value()));
        int firstUnread = summary.neverOpened() || summary.unread() == 0 ? 0 : thread.postCount() - summary.unread() + 1;
        boolean takesPart = access.canWrite(space);
        boolean mayReply = takesPart && !thread.hidden() && (moderator || (!thread.closed() && !space.archived()));
        Map<DebateStance, Integer> stances = ThreadKind.DEBATE.name().equals(thread.kind())
                ? posts.stances(thread.id(), DebateStance.class) : Map.of();
        return new ThreadDetails(summary, SpaceService.summary(space), first, following, firstUnread, mayReply,
                moderator, moderator || thread.authorId() == me.value(), thread.answerPostId(), stances,
                thread.version(), takesPart);
    }

    /**
     * Replies numbered {@code from} onwards, at most {@code count} of them (a page), read by their number in the
     * thread; hidden replies keep their place but show no text to readers who do not moderate.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@spaceAccess.canReadThread(#id)")
    public List<PostView> replies(ThreadId id, int from, int count) {
        ThreadRow thread = threads.find(id.value()).orElseThrow();
        int first = Math.max(1, from);
        int last = first + Math.clamp(count, 1, PAGE_MAX) - 1;
        boolean moderator = access.canModerateSpace(thread.spaceId());
        return views(thread, posts.range(thread.id(), first, last), moderator, myId());
    }

    /** Moves the reader's "seen up to" marker forward (never back) to the last reply they were shown. */
    @PreAuthorize("@spaceAccess.canReadThread(#id)")
    public void markSeen(ThreadId id, int upTo) {
        ThreadRow thread = threads.find(id.value()).orElseThrow();
        threads.markSeen(myId().value(), thread.id(), Math.clamp(upTo, 0, thread.postCount()), clock.instant());
    }

    /**
     * The author edits their post within {@link #EDIT_WINDOW} without a trace; moderators edit any time, and
     * their edits are shown as edited. Refused when someone else changed the post since {@code version}.
     */
    @PreAuthorize("@spaceAccess.canEditPost(#post)")
    public void edit(PostId post, String body, long version) {
        List<MediaId> attachments = files.of(post.value()).stream().filter(f -> PostFiles.ATTACHMENT.equals(f.kind()))
                .map(f -> new MediaId(f.mediaId())).toList();
        edit(post, body, attachments, version);
    }

    /** As {@link #edit(PostId, String, long)}, also adding or removing attachments (images follow the body). */
    @PreAuthorize("@spaceAccess.canEditPost(#post)")
    public void edit(PostId post, String body, List<MediaId> attachments, long version) {
        new InputChecks().text(body, "body", BODY_MAX).throwIfAny();
        PostRow row = posts.find(post.value()).orElseThrow();
        ThreadRow thread = threads.find(row.threadId()).orElseThrow();
        SpaceRow space = spaces.find(thread.spaceId()).orElseThrow();
        boolean moderator = access.canModerate(space);
        AuthorFacts me = me();
        boolean author = row.authorId() == me.id().value();
        boolean inWindow = author && clock.instant().isBefore(row.createdAt().plus(EDIT_WINDOW));
        if (!inWindow && !moderator) {
            throw new UserFacingException("community.error.edit-window-over");
        }
        if (!moderator) {
            limits.check(me, body);
        }
        Mentions mentions = mentions(space, body, me);
        String clean = body.strip();
        List<FileRow> attached = files.resolve(row.id(), clean, attachments, files.of(row.id()));
        if (!posts.update(row.id(), version, clean,
                rendering.html(clean, mentions.linked(), PostFiles.imageIds(attached)), clock.instant(),
                me.id().value(), !inWindow)) {
            throw new StaleDataException();
        }
        files.save(row.id(), attached);
        events.publishEvent(new PostChanged(thread.id(), row.id()));
        if (!inWindow) {
            moderation.log(clock.instant(), me.id().value(), "EDIT", space.id(), thread.id(), row.id(), row.authorId(),
                    "");
        }
    }

    /** Marks (or unmarks) someone else's post as useful; once per person. Unmarking one's own is a no-op. */
    @PreAuthorize("@spaceAccess.canReactTo(#post)")
    public void markUseful(PostId post, boolean useful) {
        PostRow row = posts.find(post.value()).orElseThrow();
        long me = myId().value();
        if (useful && row.authorId() == me) {
            throw new UserFacingException("community.error.useful-own");
        }
        if (useful) {
            posts.addUseful(row.id(), me, clock.instant());
        } else {
            posts.removeUseful(row.id(), me);
        }
    }

    /** The thread's author or a moderator marks the reply that answers it (or none). */
    @PreAuthorize("@spaceAccess.canMarkAnswer(#thread)")
    public void markAnswer(ThreadId thread, @Nullable PostId answer) {
        ThreadRow row = threads.find(thread.value()).orElseThrow();
        if (answer != null && posts.find(answer.value()).filter(p -> p.threadId() == row.id() && p.seq() > 0
                && !p.hidden()).isEmpty()) {
            throw new UserFacingException("community.error.quote-gone");
        }
        threads.setAnswer(row.id(), answer == null ? null : answer.value());
    }

    @PreAuthorize("@spaceAccess.canModerateThread(#thread)")
    public void setPinned(ThreadId thread, boolean pinned) {
        ThreadRow row = threads.find(thread.value()).orElseThrow();
        threads.setPinned(row.id(), pinned);
        moderation.log(clock.instant(), myId().value(), pinned ? "PIN" : "UNPIN", row.spaceId(), row.id(), null,
                null, "");
    }

    @PreAuthorize("@spaceAccess.canModerateThread(#thread)")
    public void setClosed(ThreadId thread, boolean closed) {
        ThreadRow row = threads.find(thread.value()).orElseThrow();
        threads.setClosed(row.id(), closed);
        moderation.log(clock.instant(), myId().value(), closed ? "CLOSE" : "REOPEN", row.spaceId(), row.id(), null,
                null, "");
    }

    /** Follow a thread (hear of its new posts) or stop following it, even one's own; not for read-only readers. */
    @PreAuthorize("@spaceAccess.canReplyTo(#thread)")
    public void follow(ThreadId thread, boolean following) {
        threads.setFollowing(thread.value(), myId().value(), following);
    }

    private List<ThreadSummary> summaries(List<ThreadRow> rows) {
        Map<PersonId, PersonRef> authors = directory.refs(rows.stream().map(t -> new PersonId(t.authorId()))
                .collect(Collectors.toSet()));
        Map<Long, Integer> seen = threads.seen(myId().value(), rows.stream().map(ThreadRow::id).toList());
        return rows.stream().map(t -> {
            Integer upTo = seen.get(t.id());
            return new ThreadSummary(new ThreadId(t.id()), new SpaceId(t.spaceId()), ThreadKind.valueOf(t.kind()),
                    t.title(), author(authors, t.authorId()), t.pinned(), t.closed(), t.hidden(),
                    t.answerPostId() != null, t.postCount(), t.createdAt(), t.lastPostAt(),
                    upTo == null ? t.postCount() : Math.max(0, t.postCount() - upTo), upTo == null);
        }).toList();
    }

    private List<PostView> views(ThreadRow thread, List<PostRow> rows, boolean moderator, PersonId me) {
        Set<Long> quotedIds = rows.stream().map(PostRow::quotedPostId).filter(q -> q != null)
                .collect(Collectors.toSet());
        Map<Long, PostRow> quoted = posts.findAll(quotedIds).stream()
                .collect(Collectors.toMap(PostRow::id, Function.identity()));
        Set<PersonId> people = new HashSet<>();
        rows.forEach(p -> people.add(new PersonId(p.authorId())));
        quoted.values().forEach(p -> people.add(new PersonId(p.authorId())));
        Map<PersonId, PersonRef> names = directory.refs(people);
        Set<Long> mine = posts.usefulBy(me.value(), rows.stream().map(PostRow::id).toList());
        Map<Long, List<PostFile>> attached = files.views(rows.stream().filter(p -> !p.hidden() || moderator)
                .map(PostRow::id).toList());
        Instant now = clock.instant();
        return rows.stream().map(p -> {
            boolean shown = !p.hidden() || moderator;
            boolean author = p.authorId() == me.value();
            boolean mayEdit = moderator || (author && now.isBefore(p.createdAt().plus(EDIT_WINDOW)));
            PostRow q = p.quotedPostId() == null ? null : quoted.get(p.quotedPostId());
            PostQuote quote = q == null || !shown ? null : new PostQuote(new PostId(q.id()), q.seq(),
                    author(names, q.authorId()).fullName(), q.hidden() ? "" : PostRendering.excerpt(q.body(), 160));
            return new PostView(new PostId(p.id()), new ThreadId(thread.id()), p.seq(), author(names, p.authorId()),
                    shown ? p.html() : "", mayEdit ? p.body() : "", p.hidden(), p.createdAt(), p.editedShown(),
                    p.usefulCount(), mine.contains(p.id()), thread.answerPostId() != null
                    && thread.answerPostId() == p.id(), p.stance() == null ? null : DebateStance.valueOf(p.stance()),
                    quote, mayEdit && shown, p.version(), attached.getOrDefault(p.id(), List.of()));
        }).toList();
    }

    /** The name shown for a person id; a dash for an account that no longer exists. */
    static PersonRef author(Map<PersonId, PersonRef> names, long id) {
        PersonId key = new PersonId(id);
        return names.getOrDefault(key, new PersonRef(key, "—", ""));
    }

    /** Mentioned usernames that exist are linked; of those, the ones who may read the space are notified. */
    private Mentions mentions(SpaceRow space, String body, AuthorFacts me) {
        Set<String> names = PostRendering.mentions(body);
        if (names.isEmpty()) {
            return new Mentions(Set.of(), Set.of());
        }
        List<AuthorFacts> found = directory.authorsByUsername(names);
        Set<String> linked = found.stream().map(AuthorFacts::username).collect(Collectors.toSet());
        Set<PersonId> notified = found.stream().filter(p -> !p.id().equals(me.id()) && access.mayRead(space, p))
                .map(AuthorFacts::id).collect(Collectors.toSet());
        return new Mentions(linked, notified);
    }

    private Set<PersonId> readers(SpaceRow space, Collection<Long> people) {
        return directory.authors(people.stream().map(PersonId::new).toList()).stream()
                .filter(p -> access.mayRead(space, p)).map(AuthorFacts::id).collect(Collectors.toCollection(HashSet::new));
    }

    private AuthorFacts me() {
        return directory.author(myId()).orElseThrow(() -> new UserFacingException("community.error.no-account"));
    }

    private PersonId myId() {
        Optional<PersonId> me = access.me();
        return me.orElseThrow(() -> new UserFacingException("community.error.no-account"));
    }

    private static List<FileRow> withPost(long post, List<FileRow> rows) {
        return rows.stream().map(f -> new FileRow(post, f.mediaId(), f.kind(), f.position(), f.name(), f.sizeBytes()))
                .toList();
    }

    private record Mentions(Set<String> linked, Set<PersonId> notified) {
    }
}
