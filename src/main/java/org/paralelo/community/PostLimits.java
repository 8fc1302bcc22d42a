package org.paralelo.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.domain.ModerationStore;
import org.paralelo.community.domain.PostStore;
import org.paralelo.people.AuthorFacts;
import org.paralelo.people.Caller;
import org.paralelo.people.Role;
import org.springframework.stereotype.Component;

/**
 * What keeps a space calm: a suspended member does not post; members post at most {@value #PER_MINUTE} times a
 * minute; in their first week at most {@value #NEW_PER_MINUTE} times a minute and {@value #NEW_PER_DAY} a day; on
 * their first day without links. Trainers and admins are not limited. Counted from the posts table, so the limits
 * hold across restarts and servers.
 */
@Component
class PostLimits {

    static final int PER_MINUTE = 6;
    static final int NEW_PER_MINUTE = 3;
    static final int NEW_PER_DAY = 20;
    static final Duration NEW_MEMBER = Duration.ofDays(7);
    static final Duration NO_LINKS = Duration.ofDays(1);

    private final PostStore posts;
    private final ModerationStore moderation;
    private final Clock clock;
    private final Caller caller;

    PostLimits(PostStore posts, ModerationStore moderation, Clock clock, Caller caller) {
        this.posts = posts;
        this.moderation = moderation;
        this.clock = clock;
        this.caller = caller;
    }

    void check(AuthorFacts author, String body) {
        Instant now = clock.instant();
        moderation.suspendedUntil(author.id().value(), now).ifPresent(until -> {
            throw new UserFacingException("community.error.suspended", java.util.Date.from(until));
        });
        if (author.roles().contains(Role.ADMIN) || author.roles().contains(Role.TRAINER) || caller.isAdmin()) {
            return;
        }
        Duration age = Duration.between(author.memberSince(), now);
        if (age.compareTo(NO_LINKS) < 0 && PostRendering.hasLink(body)) {
            throw new UserFacingException("community.error.no-links-yet");
        }
        boolean fresh = age.compareTo(NEW_MEMBER) < 0;
        int lastMinute = posts.countByAuthorSince(author.id().value(), now.minusSeconds(60));
        if (lastMinute >= (fresh ? NEW_PER_MINUTE : PER_MINUTE)) {
            throw new UserFacingException("community.error.too-fast");
        }
        if (fresh && posts.countByAuthorSince(author.id().value(), now.minus(Duration.ofDays(1))) >= NEW_PER_DAY) {
            throw new UserFacingException("community.error.daily-limit", NEW_PER_DAY);
        }
    }
}
