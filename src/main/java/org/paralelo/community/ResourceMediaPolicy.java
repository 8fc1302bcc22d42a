package org.paralelo.community;

import org.paralelo.community.domain.ResourceStore;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaReadPolicy;
import org.springframework.stereotype.Component;

/** A shared resource's document may be downloaded by whoever may read the resource. */
@Component
class ResourceMediaPolicy implements MediaReadPolicy {

    private final ResourceStore resources;
    private final ResourceAccess access;

    ResourceMediaPolicy(ResourceStore resources, ResourceAccess access) {
        this.resources = resources;
        this.access = access;
    }

    @Override
    public boolean mayRead(MediaId id) {
        return resources.byMedia(id.value()).stream().anyMatch(access::canRead);
    }
}
