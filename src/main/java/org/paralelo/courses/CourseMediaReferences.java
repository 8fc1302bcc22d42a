package org.paralelo.courses;

import java.util.Collection;
import java.util.Set;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Files a course uses, in its draft or in any published version (covers and lesson links, see MediaUsage). */
@Component
class CourseMediaReferences implements MediaReferences {

    private final JdbcClient jdbc;

    CourseMediaReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<MediaId> inUse(Collection<MediaId> candidates) {
        return MediaReferences.among(candidates, ids -> jdbc.sql("""
                        select media_id from course_media where media_id in (:ids)
                        union select media_id from course_version_media where media_id in (:ids)""")
                .param("ids", ids).query(Long.class).list());
    }
}
