package org.paralelo.community;

import java.util.Optional;
import org.paralelo.community.domain.ResourceRow;
import org.paralelo.community.domain.ResourceStore;
import org.paralelo.people.Caller;
import org.paralelo.people.PersonId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see, edit and moderate a shared resource, used in {@code @PreAuthorize("@resourceAccess.canRead(#id)")}.
 * A published resource is for every signed-in member; one waiting in the queue or sent back only for its author
 * and the moderators (trainers, admins, network moderators). Its author and the moderators may edit it.
 */
@Component("resourceAccess")
public class ResourceAccess {

    private final ResourceStore resources;
    private final SpaceAccess spaces;
    private final Caller caller;

    ResourceAccess(ResourceStore resources, SpaceAccess spaces, Caller caller) {
        this.resources = resources;
        this.spaces = spaces;
        this.caller = caller;
    }

    @Transactional(readOnly = true)
    public boolean canRead(ResourceId id) {
        return id != null && caller.signedIn() && resources.find(id.value()).map(this::canRead).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canEdit(ResourceId id) {
        return id != null && caller.signedIn() && resources.find(id.value())
                .map(r -> isAuthor(r) || canModerate()).orElse(false);
    }

    /** Only published resources are reported (the others are already in front of a moderator or their author). */
    @Transactional(readOnly = true)
    public boolean canReport(ResourceId id) {
        return id != null && caller.signedIn() && resources.find(id.value())
                .map(r -> ResourceStatus.PUBLISHED.name().equals(r.status())).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canModerate() {
        return spaces.moderatesSomewhere();
    }

    boolean canRead(ResourceRow row) {
        return caller.signedIn() && ResourceStatus.PUBLISHED.name().equals(row.status()) || isAuthor(row) || canModerate();
    }

    boolean isAuthor(ResourceRow row) {
        return me().map(id -> id.value() == row.authorId()).orElse(false);
    }

    Optional<PersonId> me() {
        return caller.id();
    }
}
