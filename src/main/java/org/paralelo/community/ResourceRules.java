package org.paralelo.community;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.paralelo.base.InputChecks;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.domain.ModerationStore;
import org.paralelo.community.domain.ResourceStore;
import org.paralelo.people.AuthorFacts;
import org.paralelo.people.Caller;
import org.paralelo.people.Role;
import org.springframework.stereotype.Component;

/**
 * What a contribution must be and how often members may contribute. Fields: title, summary, at most
 * {@value #MAX_TOPICS} topics, and by kind a document, an http(s) link (no {@code javascript:} or other schemes) or
 * the experience's text. Limits, as for posts: a suspended member does not contribute; trainers and admins are not
 * limited (nor is the system's start-up work in a member's name); in their first week members contribute at
 * most {@value #NEW_PER_DAY} resources a day, later {@value #PER_DAY}; on their first day without links.
 */
@Component
class ResourceRules {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 1000;
    static final int TOPIC_MAX = 40;
    static final int MAX_TOPICS = 8;
    static final int URL_MAX = 1000;
    static final int EXPERIENCE_MAX = 20_000;
    static final int NEW_PER_DAY = 3;
    static final int PER_DAY = 10;

    private final ResourceStore resources;
    private final ModerationStore moderation;
    private final Clock clock;
    private final Caller caller;

    ResourceRules(ResourceStore resources, ModerationStore moderation, Clock clock, Caller caller) {
        this.resources = resources;
        this.moderation = moderation;
        this.clock = clock;
        this.caller = caller;
    }

    void checkFields(ResourceDraft draft) {
        InputChecks checks = new InputChecks().text(draft.title(), "title", TITLE_MAX)
                .text(draft.summary(), "summary", SUMMARY_MAX)
                .require(draft.topics().size() <= MAX_TOPICS, "topics", "resource.error.too-many-topics", MAX_TOPICS)
                .require(draft.topics().stream().allMatch(t -> t.strip().length() <= TOPIC_MAX), "topics",
                        "error.too-long", TOPIC_MAX);
        switch (draft.kind()) {
            case DOCUMENT -> checks.require(draft.document() != null, "document", "resource.error.document");
            case LINK -> checks.require(isWebAddress(draft.url()), "url", "resource.error.url");
            case EXPERIENCE -> checks.text(draft.experience(), "experience", EXPERIENCE_MAX);
        }
        checks.throwIfAny();
    }

    void checkLimits(AuthorFacts author, ResourceDraft draft) {
        Instant now = clock.instant();
        moderation.suspendedUntil(author.id().value(), now).ifPresent(until -> {
            throw new UserFacingException("community.error.suspended", Date.from(until));
        });
        if (author.roles().contains(Role.ADMIN) || author.roles().contains(Role.TRAINER) || caller.isAdmin()) {
            return;
        }
        Duration age = Duration.between(author.memberSince(), now);
        boolean linked = draft.kind() == ResourceKind.LINK || draft.kind() == ResourceKind.EXPERIENCE
                && draft.experience() != null && PostRendering.hasLink(draft.experience());
        if (age.compareTo(PostLimits.NO_LINKS) < 0 && linked) {
            throw new UserFacingException("community.error.no-links-yet");
        }
        int perDay = age.compareTo(PostLimits.NEW_MEMBER) < 0 ? NEW_PER_DAY : PER_DAY;
        if (resources.countByAuthorSince(author.id().value(), now.minus(Duration.ofDays(1))) >= perDay) {
            throw new UserFacingException("resource.error.daily-limit", perDay);
        }
    }

    /** Only absolute http and https addresses with a host; everything else (javascript:, data:, …) is refused. */
    static boolean isWebAddress(String url) {
        if (url == null || url.isBlank() || url.strip().length() > URL_MAX) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Topics as kept: trimmed, without commas or empties, each once (ignoring case), in the order given. */
    static List<String> topics(List<String> given) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return given.stream().map(t -> t.replace(',', ' ').strip()).filter(t -> !t.isEmpty())
                .filter(t -> seen.add(t.toLowerCase(Locale.ROOT))).toList();
    }
}
