package org.paralelo.community;

import org.paralelo.community.domain.NetworkProfileRepository;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaReadPolicy;
import org.springframework.stereotype.Component;

/** A member's avatar may be read by every signed-in member while their profile is published (the owner always). */
@Component
class AvatarMediaPolicy implements MediaReadPolicy {

    private final NetworkProfileRepository profiles;

    AvatarMediaPolicy(NetworkProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    public boolean mayRead(MediaId id) {
        return profiles.existsByAvatarIdAndPublishedTrue(id.value());
    }
}
