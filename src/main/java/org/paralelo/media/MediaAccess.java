package org.paralelo.media;

import org.paralelo.media.domain.MediaFile;
import org.paralelo.media.domain.MediaFileRepository;
import org.paralelo.people.ProfileService;
import org.paralelo.people.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
    private final ProfileService profiles;
    private final ObjectProvider<MediaReadPolicy> policies;

    MediaAccess(MediaFileRepository files, ProfileService profiles, ObjectProvider<MediaReadPolicy> policies) {
        this.files = files;
        this.profiles = profiles;
        this.policies = policies;
    }

    @Transactional(readOnly = true)
    public boolean canRead(MediaId id) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return false;
        }
        if (who.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()))) {
            return true;
        }
        MediaFile file = files.findById(id.value()).orElse(null);
        if (file == null) {
            return false;
        }
        return isUploader(file) || policies.orderedStream().anyMatch(policy -> policy.mayRead(id, who));
    }

    private boolean isUploader(MediaFile file) {
        return profiles.myId().map(me -> me.value() == file.getUploadedBy()).orElse(false);
    }
}
