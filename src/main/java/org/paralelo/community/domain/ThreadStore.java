package org.paralelo.community.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Threads, who follows them and how far each person has read them. */
@Repository
public class ThreadStore {

    private static final String COLUMNS = "id, space_id, kind, title, author_id, pinned, closed, hidden, "
            + "answer_post_id, post_count, created_at, last_post_at, version";

    private final JdbcClient jdbc;

    ThreadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long spaceId, String kind, String title, long authorId, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into community_thread (space_id, kind, title, author_id, pinned, closed, hidden, post_count,
                  created_at, last_post_at, version) values (?, ?, ?, ?, false, false, false, 0, ?, ?, 0)""")
                .params(spaceId, kind, title, authorId, Times.utc(now), Times.utc(now)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<ThreadRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from community_thread where id = ?").param(id)
                .query(ThreadStore::row).optional();
    }

    /** The thread under a write lock, so replies get consecutive numbers whoever posts at the same moment. */
    public Optional<ThreadRow> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from community_thread where id = ? for update").param(id)
                .query(ThreadStore::row).optional();
    }

    public List<ThreadRow> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from community_thread where id in (:ids)").param("ids", ids)
                .query(ThreadStore::row).list();
    }

    /** Pinned first, then the most recently active; hidden threads only for moderators. */
    public List<ThreadRow> page(long spaceId, boolean withHidden, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from community_thread where space_id = ?"
                        + (withHidden ? "" : " and hidden = false")
                        + " order by pinned desc, last_post_at desc, id desc limit ? offset ?")
                .param(spaceId).param(limit).param(offset).query(ThreadStore::row).list();
    }

    public int count(long spaceId, boolean withHidden) {
        return jdbc.sql("select count(*) from community_thread where space_id = ?"
                        + (withHidden ? "" : " and hidden = false")).param(spaceId).query(Integer.class).single();
    }

    public void recordReply(long id, int postCount, Instant at) {
        jdbc.sql("update community_thread set post_count = ?, last_post_at = ? where id = ?")
                .param(postCount).param(Times.utc(at)).param(id).update();
    }

    /** Optimistic: false when someone changed the thread since {@code version}. */
    public boolean updateTitle(long id, long version, String title) {
        return jdbc.sql("update community_thread set title = ?, version = version + 1 where id = ? and version = ?")
                .param(title).param(id).param(version).update() == 1;
    }

    public void setPinned(long id, boolean pinned) {
        flag(id, "pinned", pinned);
    }

    public void setClosed(long id, boolean closed) {
        flag(id, "closed", closed);
    }

    public void setHidden(long id, boolean hidden) {
        flag(id, "hidden", hidden);
    }

    private void flag(long id, String column, boolean value) {
        jdbc.sql("update community_thread set " + column + " = ?, version = version + 1 where id = ?")
                .param(value).param(id).update();
    }

    public void setAnswer(long id, @Nullable Long postId) {
        jdbc.sql("update community_thread set answer_post_id = ?, version = version + 1 where id = ?")
                .param(postId).param(id).update();
    }

    /**
     * Who follows the thread: its author, everyone who replied and everyone who chose to follow, minus those who
     * chose to stop following.
     */
    public Set<Long> followers(long threadId) {
        Set<Long> followers = new HashSet<>(jdbc.sql("""
                select author_id from community_thread where id = :t
                union select author_id from community_post where thread_id = :t
                union select person_id from community_follow where thread_id = :t and following = true""")
                .param("t", threadId).query(Long.class).list());
        followers.removeAll(jdbc.sql("select person_id from community_follow where thread_id = ? and following = false")
                .param(threadId).query(Long.class).list());
        return followers;
    }

    public Optional<Boolean> followChoice(long threadId, long personId) {
        return jdbc.sql("select following from community_follow where thread_id = ? and person_id = ?")
                .param(threadId).param(personId).query(Boolean.class).optional();
    }

    public void setFollowing(long threadId, long personId, boolean following) {
        if (jdbc.sql("update community_follow set following = ? where thread_id = ? and person_id = ?")
                .param(following).param(threadId).param(personId).update() == 0) {
            try {
                jdbc.sql("insert into community_follow (thread_id, person_id, following) values (?, ?, ?)")
                        .param(threadId).param(personId).param(following).update();
            } catch (DuplicateKeyException twice) {
                setFollowing(threadId, personId, following);
            }
        }
    }

    /** The highest reply number each thread's reader has seen; threads never opened are absent. */
    public Map<Long, Integer> seen(long personId, Collection<Long> threadIds) {
        Map<Long, Integer> seen = new HashMap<>();
        if (!threadIds.isEmpty()) {
            jdbc.sql("select thread_id, seen_seq from community_read_marker where person_id = :p and thread_id in (:t)")
                    .param("p", personId).param("t", threadIds)
                    .query((r, n) -> seen.put(r.getLong(1), r.getInt(2))).list();
        }
        return seen;
    }

    /** Moves the person's marker forward to {@code seq}; never back. */
    public void markSeen(long personId, long threadId, int seq, Instant at) {
        int moved = jdbc.sql("""
                update community_read_marker set seen_seq = greatest(seen_seq, ?), seen_at = ?
                where person_id = ? and thread_id = ?""")
                .param(seq).param(Times.utc(at)).param(personId).param(threadId).update();
        if (moved == 0) {
            try {
                jdbc.sql("insert into community_read_marker (person_id, thread_id, seen_seq, seen_at) values (?, ?, ?, ?)")
                        .param(personId).param(threadId).param(seq).param(Times.utc(at)).update();
            } catch (DuplicateKeyException twice) {
                markSeen(personId, threadId, seq, at);
            }
        }
    }

    static ThreadRow row(ResultSet r, int n) throws SQLException {
        return new ThreadRow(r.getLong("id"), r.getLong("space_id"), r.getString("kind"), r.getString("title"),
                r.getLong("author_id"), r.getBoolean("pinned"), r.getBoolean("closed"), r.getBoolean("hidden"),
                Times.optionalLong(r, "answer_post_id"), r.getInt("post_count"), Times.required(r, "created_at"),
                Times.required(r, "last_post_at"), r.getLong("version"));
    }
}
