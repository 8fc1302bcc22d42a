package org.paralelo.community;

import org.paralelo.community.domain.PostFileStore;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaReadPolicy;
import org.springframework.stereotype.Component;

/**
 * A post's images and attachments follow the post: whoever may read the post (its space's readers; a hidden post
 * or thread only the space's moderators) may read its files.
 */
@Component
class PostMediaPolicy implements MediaReadPolicy {

    private final PostFileStore files;
    private final SpaceAccess access;

    PostMediaPolicy(PostFileStore files, SpaceAccess access) {
        this.files = files;
        this.access = access;
    }

    @Override
    public boolean mayRead(MediaId id) {
        return files.postsWith(id.value()).stream().anyMatch(post -> access.canReadPost(new PostId(post)));
    }
}
