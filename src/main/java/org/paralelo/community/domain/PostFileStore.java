package org.paralelo.community.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The media files of posts: inline images (kind IMAGE) and attachments (kind ATTACHMENT), in order. */
@Repository
public class PostFileStore {

    /** One file of a post; {@code kind} is IMAGE or ATTACHMENT. */
    public record FileRow(long postId, long mediaId, String kind, int position, String name, long sizeBytes) {
    }

    private final JdbcClient jdbc;

    PostFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the post's files with these, in this order. */
    public void replace(long postId, List<FileRow> files) {
        jdbc.sql("delete from community_post_file where post_id = ?").param(postId).update();
        for (FileRow file : files) {
            jdbc.sql("insert into community_post_file (post_id, media_id, kind, position, name, size_bytes) "
                    + "values (?, ?, ?, ?, ?, ?)").params(postId, file.mediaId(), file.kind(), file.position(),
                    file.name(), file.sizeBytes()).update();
        }
    }

    public List<FileRow> ofPosts(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select post_id, media_id, kind, position, name, size_bytes from community_post_file
                where post_id in (:ids) order by post_id, position""")
                .param("ids", postIds).query((r, n) -> new FileRow(r.getLong(1), r.getLong(2), r.getString(3),
                        r.getInt(4), r.getString(5), r.getLong(6))).list();
    }

    /** The posts a media file belongs to (usually one). */
    public List<Long> postsWith(long mediaId) {
        return jdbc.sql("select post_id from community_post_file where media_id = ?").param(mediaId)
                .query(Long.class).list();
    }
}
