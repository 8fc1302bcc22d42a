package org.paralelo.community;

import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.domain.NetworkProfileRepository;
import org.paralelo.community.domain.NetworkProfileRow;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.people.Caller;
import org.paralelo.people.PersonId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' avatars: an image checked and scaled down by media ({@link MediaPurpose#AVATAR}: at most 256 px, always
 * re-encoded so camera metadata is dropped). Others see a member's avatar only while the profile is published
 * ({@code AvatarMediaPolicy} guards the download the same way); where there is none, screens show initials.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AvatarService {

    private final NetworkProfileRepository profiles;
    private final MediaService media;
    private final Caller caller;
    private final Clock clock;

    AvatarService(NetworkProfileRepository profiles, MediaService media, Caller caller, Clock clock) {
        this.profiles = profiles;
        this.media = media;
        this.caller = caller;
        this.clock = clock;
    }

    /** Stores a new avatar for the signed-in person (replacing any earlier one); returns where it is shown from. */
    @PreAuthorize("isAuthenticated()")
    public String replaceMine(InputStream content, String fileName) {
        long me = me().value();
        StoredMedia stored = media.store(content, fileName, MediaPurpose.AVATAR);
        if (profiles.findById(me).isEmpty()) {
            profiles.saveAndFlush(new NetworkProfileRow(me, clock.instant()));
        }
        profiles.setAvatar(me, stored.id().value());
        return path(stored.id());
    }

    @PreAuthorize("isAuthenticated()")
    public void removeMine() {
        profiles.setAvatar(me().value(), null);
    }

    /** The caller's own avatar, published or not. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> mine() {
        return Optional.ofNullable(of(Set.of(me())).get(me()));
    }

    /** Where each person's avatar is shown from, for those who have one the caller may see. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<PersonId, String> of(Collection<PersonId> people) {
        Map<PersonId, String> found = new HashMap<>();
        if (people.isEmpty()) {
            return found;
        }
        for (Object[] row : profiles.findShownAvatars(people.stream().map(PersonId::value).toList(), me().value())) {
            MediaId id = new MediaId(((Number) row[1]).longValue());
            found.put(new PersonId(((Number) row[0]).longValue()), path(id));
        }
        return found;
    }

    /** One address form for every avatar; the name in it is decoration (the download names the file itself). */
    private static String path(MediaId id) {
        return StoredMedia.downloadPath(id, "avatar");
    }

    private PersonId me() {
        return caller.id().orElseThrow(() -> new UserFacingException("community.error.no-account"));
    }
}
