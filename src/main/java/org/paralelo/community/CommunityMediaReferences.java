package org.paralelo.community;

import java.util.Collection;
import java.util.Set;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Network's files kept from the orphaned-media sweep: every post's images and attachments (hidden posts
 * included: a moderator may restore them), every member's current avatar (published profile or not) and every
 * shared resource's document, whatever its status.
 */
@Component
class CommunityMediaReferences implements MediaReferences {

    private final JdbcClient jdbc;

    CommunityMediaReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<MediaId> inUse(Collection<MediaId> candidates) {
        return MediaReferences.among(candidates, ids -> jdbc.sql("""
                        select media_id from community_post_file where media_id in (:ids)
                        union select avatar_id from network_profile where avatar_id in (:ids)
                        union select media_id from community_resource where media_id in (:ids)""")
                .param("ids", ids).query(Long.class).list());
    }
}
