package org.paralelo.programme;

import java.util.Collection;
import java.util.Set;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Files a session's materials use are kept from the orphaned-media sweep. */
@Component
class SessionMaterialReferences implements MediaReferences {

    private final JdbcClient jdbc;

    SessionMaterialReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<MediaId> inUse(Collection<MediaId> candidates) {
        return MediaReferences.among(candidates, ids -> jdbc.sql(
                        "select media_id from programme_session_material where media_id in (:ids)")
                .param("ids", ids).query(Long.class).list());
    }
}
