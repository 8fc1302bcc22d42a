package org.paralelo.community;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.paralelo.base.InputChecks;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.domain.ModerationStore;
import org.paralelo.community.domain.ResourceRow;
import org.paralelo.community.domain.ResourceStore;
import org.paralelo.community.domain.ResourceStore.Content;
import org.paralelo.people.AuthorFacts;
import org.paralelo.people.CreativeField;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.people.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared resources ("Buenas prácticas") as members see them: contribute, edit and resubmit, read the library, report.
 * A <b>new contributor</b> is a member with no published resource yet: their contributions wait in the moderators'
 * queue ({@link ResourceModerationService}). Once one of them is approved, later contributions and edits publish at
 * once; so do those of trainers, admins and network moderators. A resource sent back with a reason goes to the
 * queue again when its author edits it.
 */
@Service
@Transactional
public class ResourceService {

    static final int PAGE_MAX = 100;

    private final ResourceStore resources;
    private final ResourceRules rules;
    private final ResourceViews views;
    private final ResourceAccess access;
    private final PostRendering rendering;
    private final ModerationStore moderation;
    private final PersonDirectory directory;
    private final RegionService regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResourceService(ResourceStore resources, ResourceRules rules, ResourceViews views, ResourceAccess access,
                    PostRendering rendering, ModerationStore moderation, PersonDirectory directory,
                    RegionService regions, ApplicationEventPublisher events, Clock clock) {
        this.resources = resources;
        this.rules = rules;
        this.views = views;
        this.access = access;
        this.rendering = rendering;
        this.moderation = moderation;
        this.directory = directory;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes at once for trusted members, otherwise queues it for the moderators. */
    @PreAuthorize("isAuthenticated()")
    public ResourceId contribute(ResourceDraft draft) {
        AuthorFacts me = me();
        Content content = checked(me, draft);
        Instant now = clock.instant();
        long id = resources.insert(me.id().value(), content, trusted(me) ? "PUBLISHED" : "PENDING", now);
        events.publishEvent(new ResourceChanged(id));
        return new ResourceId(id);
    }

    /**
     * The author's edit: a resource sent back returns to the queue, a published one stays published only for a
     * trusted author. A moderator's edit keeps the status.
     */
    @PreAuthorize("@resourceAccess.canEdit(#id)")
    public void edit(ResourceId id, ResourceDraft draft, long version) {
        AuthorFacts me = me();
        ResourceRow row = resources.find(id.value()).orElseThrow();
        boolean author = row.authorId() == me.id().value();
        Content content = checked(me, draft);
        String status = !author ? row.status()
                : trusted(me) && !"REJECTED".equals(row.status()) ? "PUBLISHED" : "PENDING";
        if (!resources.update(row.id(), version, content, status, clock.instant())) {
            throw new StaleDataException();
        }
        events.publishEvent(new ResourceChanged(row.id()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@resourceAccess.canRead(#id)")
    public ResourceView find(ResourceId id) {
        return views.one(resources.find(id.value()).orElseThrow());
    }

    /** Published resources, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ResourceView> library(ResourceFilter filter, int offset, int limit) {
        return views.list(resources.published(stored(filter), Math.max(0, offset), Math.clamp(limit, 1, PAGE_MAX)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(ResourceFilter filter) {
        return resources.countPublished(stored(filter));
    }

    /** The topics of published resources, most used first, for the library's filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> topics() {
        TreeMap<String, Integer> uses = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        resources.publishedTopics().forEach(joined -> ResourceViews.split(joined).forEach(t -> uses.merge(t, 1,
                Integer::sum)));
        return uses.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).map(e -> e.getKey()).toList();
    }

    /** My contributions in every status, with the reasons of those sent back. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ResourceView> mine() {
        return views.list(resources.byAuthor(me().id().value(), false));
    }

    /** A member's published resources, for their page: nothing for a person whose profile is not public. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ResourceView> publishedBy(PersonId person) {
        boolean visible = access.me().filter(person::equals).isPresent()
                || !directory.memberFacts(List.of(person)).isEmpty();
        return visible ? views.list(resources.byAuthor(person.value(), true)) : List.of();
    }

    /** Any member may report a published resource once, with a reason. */
    @PreAuthorize("@resourceAccess.canReport(#id)")
    public void report(ResourceId id, String reason) {
        new InputChecks().text(reason, "reason", ModerationService.REASON_MAX).throwIfAny();
        if (!resources.report(id.value(), me().id().value(), reason.strip(), clock.instant())) {
            throw new UserFacingException("community.error.already-reported");
        }
    }

    /** Regions a resource may be about, for the forms and filters. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RegionView> regions() {
        return regions.list();
    }

    private Content checked(AuthorFacts me, ResourceDraft draft) {
        rules.checkFields(draft);
        if (draft.regionId() != null && regions.list().stream().noneMatch(r -> r.id() == draft.regionId())) {
            throw InvalidInputException.of("region", "resource.error.region");
        }
        rules.checkLimits(me, draft);
        List<String> topics = ResourceRules.topics(draft.topics());
        String fields = ResourceViews.join(draft.creativeFields().stream().map(CreativeField::name).sorted().toList());
        return switch (draft.kind()) {
            case DOCUMENT -> content(draft, topics, fields, null, draft.document().value(), null);
            case LINK -> content(draft, topics, fields, draft.url().strip(), null, null);
            case EXPERIENCE -> content(draft, topics, fields, null, null, draft.experience().strip());
        };
    }

    private Content content(ResourceDraft d, List<String> topics, String fields, String url, Long media,
                            String body) {
        return new Content(d.kind().name(), d.title().strip(), d.summary().strip(), ResourceViews.join(topics),
                fields, d.regionId(), url, media, body, body == null ? null : rendering.html(body, Set.of()));
    }

    private static ResourceStore.Filter stored(ResourceFilter f) {
        return new ResourceStore.Filter(f.topic() == null || f.topic().isBlank() ? null : f.topic().strip(),
                f.creativeField() == null ? null : f.creativeField().name(), f.regionId(),
                f.kind() == null ? null : f.kind().name());
    }

    /** Staff, network moderators, and members with a published resource. */
    private boolean trusted(AuthorFacts me) {
        return me.roles().contains(Role.ADMIN) || me.roles().contains(Role.TRAINER)
                || moderation.isNetworkModerator(me.id().value()) || resources.hasPublished(me.id().value());
    }

    private AuthorFacts me() {
        PersonId id = access.me().orElseThrow(() -> new UserFacingException("community.error.no-account"));
        return directory.author(id).orElseThrow(() -> new UserFacingException("community.error.no-account"));
    }
}
