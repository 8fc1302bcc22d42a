package org.paralelo.media;

import org.paralelo.media.domain.MediaFile;
import org.paralelo.media.domain.MediaFileRepository;
import org.paralelo.people.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a stored file, for {@code @PreAuthorize("@mediaAccess.canRead(#id)")}: admins, the person who
 * uploaded it, and whoever a {@link MediaReadPolicy} from another module lets in. Unknown ids are simply not
 * readable, so callers cannot tell them from files they may not see.
 */
@Component("mediaAccess")
public class MediaAccess {

    private final MediaFileRepository files;
    private final Caller caller;
    private final ObjectProvider<MediaReadPolicy> policies;

    MediaAccess(MediaFileRepository files, Caller caller, ObjectProvider<MediaReadPolicy> policies) {
        this.files = files;
        this.caller = caller;
        this.policies = policies;
    }

    @Transactional(readOnly = true)
    public boolean canRead(MediaId id) {
        if (!caller.signedIn()) {
            return false;
        }
        if (caller.isAdmin()) {
            return true;
        }
        MediaFile file = files.findById(id.value()).orElse(null);
        if (file == null) {
            return false;
        }
        return isUploader(file) || policies.orderedStream().anyMatch(policy -> policy.mayRead(id));
    }

    private boolean isUploader(MediaFile file) {
        return caller.id().map(me -> me.value() == file.getUploadedBy()).orElse(false);
    }
}
