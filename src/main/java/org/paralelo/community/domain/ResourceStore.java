package org.paralelo.community.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Shared resources, their reports, and the resource lines of the moderation log. */
@Repository
public class ResourceStore {

    private static final String COLUMNS = "id, author_id, kind, status, title, summary, topics, creative_fields, "
            + "region_id, url, media_id, body, html, reject_reason, submitted_at, version";

    /** What a library listing is narrowed to; null parts are not applied. */
    public record Filter(@Nullable String topic, @Nullable String creativeField, @Nullable Long regionId,
                         @Nullable String kind) {
    }

    /** The fields a contribution or an edit writes. */
    public record Content(String kind, String title, String summary, String topics, String creativeFields,
                          @Nullable Long regionId, @Nullable String url, @Nullable Long mediaId,
                          @Nullable String body, @Nullable String html) {
    }

    /** An open report of a published resource. */
    public record Report(long id, long resourceId, long reporterId, String reason, Instant at) {
    }

    private final JdbcClient jdbc;

    ResourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long authorId, Content c, String status, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into community_resource (author_id, kind, status, title, summary, topics, creative_fields,
                  region_id, url, media_id, body, html, created_at, submitted_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(authorId, c.kind(), status, c.title(), c.summary(), c.topics(), c.creativeFields(),
                        c.regionId(), c.url(), c.mediaId(), c.body(), c.html(), Times.utc(at), Times.utc(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** False when someone changed it since {@code version} was read. */
    public boolean update(long id, long version, Content c, String status, Instant at) {
        return jdbc.sql("""
                update community_resource set kind = ?, status = ?, title = ?, summary = ?, topics = ?,
                  creative_fields = ?, region_id = ?, url = ?, media_id = ?, body = ?, html = ?, reject_reason = null,
                  submitted_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(c.kind(), status, c.title(), c.summary(), c.topics(), c.creativeFields(), c.regionId(),
                        c.url(), c.mediaId(), c.body(), c.html(), Times.utc(at), id, version).update() == 1;
    }

    public void decide(long id, String status, @Nullable String reason, long by, Instant at) {
        jdbc.sql("""
                update community_resource set status = ?, reject_reason = ?, decided_at = ?, decided_by = ?,
                  version = version + 1 where id = ?""")
                .params(status, reason, Times.utc(at), by, id).update();
    }

    public Optional<ResourceRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from community_resource where id = ?").param(id)
                .query(ResourceStore::row).optional();
    }

    public List<ResourceRow> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from community_resource where id in (:ids)").param("ids", ids)
                .query(ResourceStore::row).list();
    }

    public List<ResourceRow> byMedia(long mediaId) {
        return jdbc.sql("select " + COLUMNS + " from community_resource where media_id = ?").param(mediaId)
                .query(ResourceStore::row).list();
    }

    public List<Long> allIds() {
        return jdbc.sql("select id from community_resource order by id").query(Long.class).list();
    }

    /** Published resources, newest first, narrowed by the filter. */
    public List<ResourceRow> published(Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from community_resource where " + where
                        + " order by submitted_at desc, id desc limit :limit offset :offset")
                .params(params).query(ResourceStore::row).list();
    }

    public int countPublished(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from community_resource where " + where).params(params)
                .query(Integer.class).single();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> parts = new ArrayList<>(List.of("status = 'PUBLISHED'"));
        // Codes and topics are kept between commas (",a,b,"), so a LIKE finds whole entries only.
        if (filter.topic() != null) {
            parts.add("lower(topics) like :topic");
            params.put("topic", "%," + filter.topic().toLowerCase(java.util.Locale.ROOT) + ",%");
        }
        if (filter.creativeField() != null) {
            parts.add("creative_fields like :field");
            params.put("field", "%," + filter.creativeField() + ",%");
        }
        if (filter.regionId() != null) {
            parts.add("region_id = :region");
            params.put("region", filter.regionId());
        }
        if (filter.kind() != null) {
            parts.add("kind = :kind");
            params.put("kind", filter.kind());
        }
        return String.join(" and ", parts);
    }

    public List<ResourceRow> byAuthor(long authorId, boolean publishedOnly) {
        return jdbc.sql("select " + COLUMNS + " from community_resource where author_id = ?"
                        + (publishedOnly ? " and status = 'PUBLISHED'" : "") + " order by submitted_at desc, id desc")
                .param(authorId).query(ResourceStore::row).list();
    }

    public List<ResourceRow> pending(int limit) {
        return jdbc.sql("select " + COLUMNS + " from community_resource where status = 'PENDING' "
                + "order by submitted_at, id limit ?").param(limit).query(ResourceStore::row).list();
    }

    public int countByAuthorSince(long authorId, Instant since) {
        return jdbc.sql("select count(*) from community_resource where author_id = ? and created_at >= ?")
                .param(authorId).param(Times.utc(since)).query(Integer.class).single();
    }

    public boolean hasPublished(long authorId) {
        return jdbc.sql("select count(*) from community_resource where author_id = ? and status = 'PUBLISHED'")
                .param(authorId).query(Long.class).single() > 0;
    }

    /** Every topic in use on published resources, for the library's filter. */
    public List<String> publishedTopics() {
        return jdbc.sql("select topics from community_resource where status = 'PUBLISHED'").query(String.class)
                .list();
    }

    /** False when this person already reported this resource. */
    public boolean report(long resourceId, long reporterId, String reason, Instant at) {
        try {
            jdbc.sql("""
                    insert into community_resource_report (resource_id, reporter_id, reason, status, created_at)
                    values (?, ?, ?, 'OPEN', ?)""").params(resourceId, reporterId, reason, Times.utc(at)).update();
            return true;
        } catch (DuplicateKeyException twice) {
            return false;
        }
    }

    public List<Report> openReports(int limit) {
        return jdbc.sql("""
                select id, resource_id, reporter_id, reason, created_at from community_resource_report
                where status = 'OPEN' order by created_at, id limit ?""").param(limit)
                .query((r, n) -> new Report(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4),
                        Times.required(r, "created_at"))).list();
    }

    public int resolveReports(long resourceId, String status, long by, Instant at) {
        return jdbc.sql("""
                update community_resource_report set status = ?, resolved_at = ?, resolved_by = ?
                where resource_id = ? and status = 'OPEN'""").params(status, Times.utc(at), by, resourceId)
                .update();
    }

    public void log(Instant at, long moderatorId, String action, long resourceId, long personId, String reason) {
        jdbc.sql("""
                insert into community_moderation_log (at, moderator_id, action, resource_id, person_id, reason)
                values (?, ?, ?, ?, ?, ?)""")
                .params(Times.utc(at), moderatorId, action, resourceId, personId, reason).update();
    }

    private static ResourceRow row(ResultSet r, int n) throws SQLException {
        return new ResourceRow(r.getLong("id"), r.getLong("author_id"), r.getString("kind"), r.getString("status"),
                r.getString("title"), r.getString("summary"), r.getString("topics"), r.getString("creative_fields"),
                Times.optionalLong(r, "region_id"), r.getString("url"), Times.optionalLong(r, "media_id"),
                r.getString("body"), r.getString("html"), r.getString("reject_reason"),
                Times.required(r, "submitted_at"), r.getLong("version"));
    }
}
