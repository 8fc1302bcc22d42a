package org.paralelo.community;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paralelo.base.InputChecks;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.domain.ResourceRow;
import org.paralelo.community.domain.ResourceStore;
import org.paralelo.community.domain.ResourceStore.Report;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' side of shared resources (trainers, admins, network moderators): the queue of new contributors'
 * resources and of reported ones, approve (publish), reject with a reason that goes back to the author, keep a
 * reported one. Every decision is in the moderation log and reaches the author as a notice.
 */
@Service
@Transactional
public class ResourceModerationService {

    private static final int QUEUE_MAX = 200;

    private final ResourceStore resources;
    private final ResourceAccess access;
    private final PersonDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResourceModerationService(ResourceStore resources, ResourceAccess access, PersonDirectory directory,
                              ApplicationEventPublisher events, Clock clock) {
        this.resources = resources;
        this.access = access;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Resources waiting for a first decision (oldest first), then the open reports of published ones. */
    @Transactional(readOnly = true)
    @PreAuthorize("@resourceAccess.canModerate()")
    public List<ResourceQueueItem> queue() {
        List<ResourceRow> pending = resources.pending(QUEUE_MAX);
        List<Report> reports = resources.openReports(QUEUE_MAX);
        Map<Long, ResourceRow> reported = ResourceViews.byId(resources.findAll(reports.stream()
                .map(Report::resourceId).distinct().toList()), ResourceRow::id);
        Set<PersonId> people = new HashSet<>();
        pending.forEach(r -> people.add(new PersonId(r.authorId())));
        reported.values().forEach(r -> people.add(new PersonId(r.authorId())));
        reports.forEach(r -> people.add(new PersonId(r.reporterId())));
        Map<PersonId, PersonRef> names = directory.refs(people);
        List<ResourceQueueItem> items = new ArrayList<>();
        pending.forEach(r -> items.add(new ResourceQueueItem(new ResourceId(r.id()), r.title(), r.summary(),
                ThreadService.author(names, r.authorId()), null, null, r.submittedAt())));
        for (Report report : reports) {
            ResourceRow r = reported.get(report.resourceId());
            if ("PUBLISHED".equals(r.status())) {
                items.add(new ResourceQueueItem(new ResourceId(r.id()), r.title(), r.summary(),
                        ThreadService.author(names, r.authorId()), ThreadService.author(names, report.reporterId()),
                        report.reason(), report.at()));
            }
        }
        return items;
    }

    /** Publishes a waiting resource; the reason is optional (a word for the author). */
    @PreAuthorize("@resourceAccess.canModerate()")
    public void approve(ResourceId id, String note) {
        new InputChecks().optionalText(note, "reason", ModerationService.REASON_MAX).throwIfAny();
        ResourceRow row = resources.find(id.value()).orElseThrow();
        if (!"PENDING".equals(row.status())) {
            throw new UserFacingException("resource.error.not-pending");
        }
        decide(row, "PUBLISHED", "APPROVE_RESOURCE", note == null ? "" : note.strip());
    }

    /** Sends a waiting or published resource back to its author with the reason; its open reports are closed. */
    @PreAuthorize("@resourceAccess.canModerate()")
    public void reject(ResourceId id, String reason) {
        new InputChecks().text(reason, "reason", ModerationService.REASON_MAX).throwIfAny();
        ResourceRow row = resources.find(id.value()).orElseThrow();
        if ("REJECTED".equals(row.status())) {
            throw new UserFacingException("resource.error.already-rejected");
        }
        resources.resolveReports(row.id(), "REJECTED", me().value(), clock.instant());
        decide(row, "REJECTED", "REJECT_RESOURCE", reason.strip());
    }

    /** Keeps a reported resource as it is and closes its reports. */
    @PreAuthorize("@resourceAccess.canModerate()")
    public void dismiss(ResourceId id, String reason) {
        new InputChecks().text(reason, "reason", ModerationService.REASON_MAX).throwIfAny();
        ResourceRow row = resources.find(id.value()).orElseThrow();
        Instant now = clock.instant();
        resources.resolveReports(row.id(), "DISMISSED", me().value(), now);
        resources.log(now, me().value(), "DISMISS_RESOURCE", row.id(), row.authorId(), reason.strip());
    }

    private void decide(ResourceRow row, String status, String action, String reason) {
        Instant now = clock.instant();
        PersonId me = me();
        boolean approved = "PUBLISHED".equals(status);
        resources.decide(row.id(), status, approved ? null : reason, me.value(), now);
        resources.log(now, me.value(), action, row.id(), row.authorId(), reason);
        events.publishEvent(new ResourceChanged(row.id()));
        events.publishEvent(new ResourceModerated(row.id(), row.title(), new PersonId(row.authorId()),
                directory.displayName(me).orElse("—"), approved, approved ? "" : reason, row.version() + 1));
    }

    private PersonId me() {
        return access.me().orElseThrow(() -> new UserFacingException("community.error.no-account"));
    }
}
