package org.paralelo.community.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports, suspensions, network moderators and the moderation log. */
@Repository
public class ModerationStore {

    /** One open or resolved report, with where its post sits. */
    public record ReportRow(long id, long postId, long threadId, long spaceId, int seq, long reporterId,
                            String reason, String status, Instant createdAt) {
    }

    /** One line of the moderation log. */
    public record LogRow(long id, Instant at, @Nullable Long moderatorId, String action, @Nullable Long threadId,
                         @Nullable Long postId, @Nullable Long personId, String reason) {
    }

    private final JdbcClient jdbc;

    ModerationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isNetworkModerator(long personId) {
        return jdbc.sql("select count(*) from community_moderator where person_id = ?").param(personId)
                .query(Long.class).single() > 0;
    }

    public List<Long> networkModerators() {
        return jdbc.sql("select person_id from community_moderator order by named_at").query(Long.class).list();
    }

    public boolean nameModerator(long personId, long by, Instant at) {
        try {
            return jdbc.sql("insert into community_moderator (person_id, named_by, named_at) values (?, ?, ?)")
                    .param(personId).param(by).param(Times.utc(at)).update() == 1;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    public boolean removeModerator(long personId) {
        return jdbc.sql("delete from community_moderator where person_id = ?").param(personId).update() == 1;
    }

    /** False when this person already reported this post. */
    public boolean report(long postId, long reporterId, String reason, Instant at) {
        try {
            jdbc.sql("""
                    insert into community_report (post_id, reporter_id, reason, status, created_at)
                    values (?, ?, ?, 'OPEN', ?)""").param(postId).param(reporterId).param(reason)
                    .param(Times.utc(at)).update();
            return true;
        } catch (DuplicateKeyException twice) {
            return false;
        }
    }

    /** Open reports, oldest first, in the given spaces (all spaces when {@code spaceIds} is null). */
    public List<ReportRow> openReports(@Nullable List<Long> spaceIds, int limit) {
        if (spaceIds != null && spaceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.id, r.post_id, p.thread_id, t.space_id, p.seq, r.reporter_id, r.reason, r.status, r.created_at
                from community_report r join community_post p on p.id = r.post_id
                join community_thread t on t.id = p.thread_id
                where r.status = 'OPEN'""" + (spaceIds == null ? "" : " and t.space_id in (:spaces)")
                        + " order by r.created_at, r.id limit :limit")
                .params(spaceIds == null ? Map.of("limit", limit)
                        : Map.of("limit", limit, "spaces", spaceIds))
                .query((r, n) -> new ReportRow(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getInt(5),
                        r.getLong(6), r.getString(7), r.getString(8), Times.required(r, "created_at"))).list();
    }

    /** Closes every open report on the post with the outcome. */
    public int resolve(long postId, String status, long by, Instant at) {
        return jdbc.sql("""
                update community_report set status = ?, resolved_at = ?, resolved_by = ?
                where post_id = ? and status = 'OPEN'""").param(status).param(Times.utc(at)).param(by).param(postId)
                .update();
    }

    public Optional<Instant> suspendedUntil(long personId, Instant now) {
        return jdbc.sql("""
                select max(until_at) as until_at from community_suspension
                where person_id = ? and lifted_at is null and until_at > ?""")
                .param(personId).param(Times.utc(now)).query((r, n) -> Optional.ofNullable(Times.read(r, "until_at")))
                .single();
    }

    public void suspend(long personId, Instant until, String reason, long by, Instant at) {
        jdbc.sql("""
                insert into community_suspension (person_id, until_at, reason, created_by, created_at)
                values (?, ?, ?, ?, ?)""").params(personId, Times.utc(until), reason, by, Times.utc(at)).update();
    }

    public int lift(long personId, Instant at) {
        return jdbc.sql("update community_suspension set lifted_at = ? where person_id = ? and lifted_at is null")
                .param(Times.utc(at)).param(personId).update();
    }

    public void log(Instant at, @Nullable Long moderatorId, String action, @Nullable Long spaceId,
                    @Nullable Long threadId, @Nullable Long postId, @Nullable Long personId, String reason) {
        jdbc.sql("""
                insert into community_moderation_log (at, moderator_id, action, space_id, thread_id, post_id,
                  person_id, reason) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Times.utc(at), moderatorId, action, spaceId, threadId, postId, personId, reason).update();
    }

    /** The newest entries first, in the given spaces (all when {@code spaceIds} is null). */
    public List<LogRow> log(@Nullable List<Long> spaceIds, int limit) {
        if (spaceIds != null && spaceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, at, moderator_id, action, thread_id, post_id, person_id, reason "
                        + "from community_moderation_log"
                        + (spaceIds == null ? "" : " where space_id in (:spaces)") + " order by at desc, id desc limit :limit")
                .params(spaceIds == null ? Map.of("limit", limit)
                        : Map.of("limit", limit, "spaces", spaceIds))
                .query((r, n) -> new LogRow(r.getLong("id"), Times.required(r, "at"),
                        Times.optionalLong(r, "moderator_id"), r.getString("action"),
                        Times.optionalLong(r, "thread_id"), Times.optionalLong(r, "post_id"),
                        Times.optionalLong(r, "person_id"), r.getString("reason"))).list();
    }
}
