package org.paralelo.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InputChecks;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.domain.ModerationStore;
import org.paralelo.community.domain.ModerationStore.LogRow;
import org.paralelo.community.domain.ModerationStore.ReportRow;
import org.paralelo.community.domain.PostRow;
import org.paralelo.community.domain.PostStore;
import org.paralelo.community.domain.SpaceStore;
import org.paralelo.community.domain.ThreadRow;
import org.paralelo.community.domain.ThreadStore;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports and what moderators do about them: hide or restore a post (hiding a thread's opening post hides the
 * thread), dismiss a report, suspend a member from posting for a period, name network moderators. Every action
 * is recorded with who did it and why.
 */
@Service
@Transactional
public class ModerationService {

    public static final int REASON_MAX = 500;
    public static final Duration LONGEST_SUSPENSION = Duration.ofDays(365);
    private static final int QUEUE_MAX = 200;

    private final ModerationStore moderation;
    private final PostStore posts;
    private final ThreadStore threads;
    private final SpaceStore spaces;
    private final SpaceAccess access;
    private final PersonDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(ModerationStore moderation, PostStore posts, ThreadStore threads, SpaceStore spaces,
                      SpaceAccess access, PersonDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.moderation = moderation;
        this.posts = posts;
        this.threads = threads;
        this.spaces = spaces;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    /** Whether the caller moderates some space (screens ask before linking the queue). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayModerate() {
        return access.moderatesSomewhere();
    }

    /** Any reader may report a post once, with a reason. */
    @PreAuthorize("@spaceAccess.canReadPost(#post)")
    public void report(PostId post, String reason) {
        new InputChecks().text(reason, "reason", REASON_MAX).throwIfAny();
        if (!moderation.report(post.value(), me().value(), reason.strip(), clock.instant())) {
            throw new UserFacingException("community.error.already-reported");
        }
    }

    /** Open reports in the spaces the caller moderates, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@spaceAccess.moderatesSomewhere()")
    public List<ModerationItem> queue() {
        Map<Long, Boolean> mine = new HashMap<>();
        List<ReportRow> reports = moderation.openReports(null, QUEUE_MAX).stream()
                .filter(r -> mine.computeIfAbsent(r.spaceId(), access::canModerateSpace)).toList();
        Map<Long, PostRow> found = new HashMap<>();
        posts.findAll(reports.stream().map(ReportRow::postId).toList()).forEach(p -> found.put(p.id(), p));
        Map<Long, ThreadRow> threadRows = new HashMap<>();
        threads.findAll(reports.stream().map(ReportRow::threadId).toList()).forEach(t -> threadRows.put(t.id(), t));
        Set<PersonId> people = new HashSet<>();
        reports.forEach(r -> people.add(new PersonId(r.reporterId())));
        found.values().forEach(p -> people.add(new PersonId(p.authorId())));
        Map<PersonId, PersonRef> names = directory.refs(people);
        return reports.stream().map(r -> {
            PostRow p = found.get(r.postId());
            return new ModerationItem(r.id(), new PostId(r.postId()), new ThreadId(r.threadId()), r.seq(),
                    threadRows.get(r.threadId()).title(), ThreadService.author(names, p.authorId()),
                    PostRendering.excerpt(p.body(), 300), p.hidden(), ThreadService.author(names, r.reporterId()), r.reason(),
                    r.createdAt());
        }).toList();
    }

    @PreAuthorize("@spaceAccess.canModeratePost(#post)")
    public void hide(PostId post, String reason) {
        setHidden(post, true, reason);
    }

    @PreAuthorize("@spaceAccess.canModeratePost(#post)")
    public void restore(PostId post, String reason) {
        setHidden(post, false, reason);
    }

    /** Keeps the post as it is and closes its reports. */
    @PreAuthorize("@spaceAccess.canModeratePost(#post)")
    public void dismiss(PostId post, String reason) {
        new InputChecks().text(reason, "reason", REASON_MAX).throwIfAny();
        PostRow row = posts.find(post.value()).orElseThrow();
        ThreadRow thread = threads.find(row.threadId()).orElseThrow();
        moderation.resolve(row.id(), "DISMISSED", me().value(), clock.instant());
        moderation.log(clock.instant(), me().value(), "DISMISS", thread.spaceId(), thread.id(), row.id(),
                row.authorId(), reason.strip());
    }

    private void setHidden(PostId post, boolean hidden, String reason) {
        new InputChecks().text(reason, "reason", REASON_MAX).throwIfAny();
        PostRow row = posts.find(post.value()).orElseThrow();
        ThreadRow thread = threads.find(row.threadId()).orElseThrow();
        posts.setHidden(row.id(), hidden);
        if (row.seq() == 0) {
            threads.setHidden(thread.id(), hidden);
            spaces.recount(thread.spaceId());
        }
        events.publishEvent(new PostChanged(thread.id(), row.seq() == 0 ? 0 : row.id()));
        Instant now = clock.instant();
        if (hidden) {
            moderation.resolve(row.id(), "HIDDEN", me().value(), now);
        }
        moderation.log(now, me().value(), hidden ? "HIDE" : "RESTORE", thread.spaceId(), thread.id(), row.id(),
                row.authorId(), reason.strip());
    }

    /** Stops the person from posting anywhere in the Network until then (at most a year). */
    @PreAuthorize("@spaceAccess.moderatesSomewhere()")
    public void suspend(PersonId person, Duration period, String reason) {
        new InputChecks().text(reason, "reason", REASON_MAX)
                .require(!period.isNegative() && !period.isZero() && period.compareTo(LONGEST_SUSPENSION) <= 0,
                        "period", "community.error.suspension-period").throwIfAny();
        if (person.equals(me())) {
            throw new UserFacingException("community.error.not-yourself");
        }
        Instant now = clock.instant();
        moderation.suspend(person.value(), now.plus(period), reason.strip(), me().value(), now);
        moderation.log(now, me().value(), "SUSPEND", null, null, null, person.value(), reason.strip());
    }

    @PreAuthorize("@spaceAccess.moderatesSomewhere()")
    public void lift(PersonId person, String reason) {
        new InputChecks().text(reason, "reason", REASON_MAX).throwIfAny();
        Instant now = clock.instant();
        moderation.lift(person.value(), now);
        moderation.log(now, me().value(), "LIFT", null, null, null, person.value(), reason.strip());
    }

    /** Until when the person may not post, if they are suspended now. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public @Nullable Instant suspendedUntil(PersonId person) {
        return moderation.suspendedUntil(person.value(), clock.instant()).orElse(null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void nameNetworkModerator(PersonId person, String reason) {
        new InputChecks().optionalText(reason, "reason", REASON_MAX).throwIfAny();
        Instant now = clock.instant();
        if (moderation.nameModerator(person.value(), me().value(), now)) {
            moderation.log(now, me().value(), "NAME_MODERATOR", null, null, null, person.value(), reason.strip());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void removeNetworkModerator(PersonId person, String reason) {
        new InputChecks().optionalText(reason, "reason", REASON_MAX).throwIfAny();
        Instant now = clock.instant();
        if (moderation.removeModerator(person.value())) {
            moderation.log(now, me().value(), "REMOVE_MODERATOR", null, null, null, person.value(), reason.strip());
        }
    }

    /** Members an admin may name network moderators, found by name, username or e-mail. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonRef> findMembers(String text, int limit) {
        return directory.findMembers(text, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonRef> networkModerators() {
        List<PersonId> ids = moderation.networkModerators().stream().map(PersonId::new).toList();
        Map<PersonId, PersonRef> names = directory.refs(ids);
        return ids.stream().map(id -> ThreadService.author(names, id.value())).toList();
    }

    /** The newest recorded actions: all for admins and network moderators, their spaces' for trainers. */
    @Transactional(readOnly = true)
    @PreAuthorize("@spaceAccess.moderatesSomewhere()")
    public List<ModerationEntry> log(int limit) {
        Map<Long, Boolean> mine = new HashMap<>();
        boolean everything = access.isNetworkModerator();
        List<LogRow> rows = moderation.log(null, Math.clamp(limit, 1, 500)).stream()
                .filter(r -> everything || r.threadId() != null && threads.find(r.threadId())
                        .map(t -> mine.computeIfAbsent(t.spaceId(), access::canModerateSpace)).orElse(false))
                .toList();
        Set<PersonId> people = new HashSet<>();
        rows.forEach(r -> {
            if (r.moderatorId() != null) {
                people.add(new PersonId(r.moderatorId()));
            }
            if (r.personId() != null) {
                people.add(new PersonId(r.personId()));
            }
        });
        Map<PersonId, PersonRef> names = directory.refs(people);
        return rows.stream().map(r -> new ModerationEntry(r.at(),
                r.moderatorId() == null ? null : ThreadService.author(names, r.moderatorId()), r.action(),
                r.threadId() == null ? null : new ThreadId(r.threadId()), r.postId() == null ? null
                : new PostId(r.postId()), r.personId() == null ? null : ThreadService.author(names, r.personId()), r.reason())).toList();
    }

    private PersonId me() {
        return access.me().orElseThrow(() -> new UserFacingException("community.error.no-account"));
    }
}
