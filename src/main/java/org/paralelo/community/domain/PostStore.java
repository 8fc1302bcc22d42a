package org.paralelo.community.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
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

/** Posts (a thread's opening post is number 0, replies 1, 2, ...) and their "useful" marks. */
@Repository
public class PostStore {

    private static final String COLUMNS = "id, thread_id, seq, author_id, body, html, quoted_post_id, stance, "
            + "useful_count, hidden, created_at, edited_at, edited_by, edited_shown, version";

    private final JdbcClient jdbc;

    PostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long threadId, int seq, long authorId, String body, String html, @Nullable Long quoted,
                       @Nullable String stance, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into community_post (thread_id, seq, author_id, body, html, quoted_post_id, stance, useful_count,
                  hidden, created_at, edited_shown, version) values (?, ?, ?, ?, ?, ?, ?, 0, false, ?, false, 0)""")
                .params(threadId, seq, authorId, body, html, quoted, stance, Times.utc(now)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<PostRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from community_post where id = ?").param(id)
                .query(PostStore::row).optional();
    }

    public List<PostRow> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from community_post where id in (:ids)").param("ids", ids)
                .query(PostStore::row).list();
    }

    public Optional<PostRow> opening(long threadId) {
        return jdbc.sql("select " + COLUMNS + " from community_post where thread_id = ? and seq = 0").param(threadId)
                .query(PostStore::row).optional();
    }

    /** Posts numbered {@code from} to {@code to} (inclusive): one range read on the (thread, seq) key. */
    public List<PostRow> range(long threadId, int from, int to) {
        return jdbc.sql("select " + COLUMNS + " from community_post where thread_id = ? and seq between ? and ? "
                        + "order by seq").param(threadId).param(from).param(to).query(PostStore::row).list();
    }

    /** Optimistic: false when someone changed the post since {@code version}. */
    public boolean update(long id, long version, String body, String html, Instant at, long by, boolean shown) {
        return jdbc.sql("""
                update community_post set body = ?, html = ?, edited_at = ?, edited_by = ?,
                  edited_shown = (edited_shown or ?), version = version + 1
                where id = ? and version = ?""")
                .params(body, html, Times.utc(at), by, shown, id, version).update() == 1;
    }

    public void setHidden(long id, boolean hidden) {
        jdbc.sql("update community_post set hidden = ?, version = version + 1 where id = ?").param(hidden).param(id)
                .update();
    }

    /** Marks the post useful for the person; false when they already had. */
    public boolean addUseful(long postId, long personId, Instant at) {
        try {
            jdbc.sql("insert into community_useful (post_id, person_id, created_at) values (?, ?, ?)")
                    .param(postId).param(personId).param(Times.utc(at)).update();
        } catch (DuplicateKeyException already) {
            return false;
        }
        jdbc.sql("update community_post set useful_count = useful_count + 1 where id = ?").param(postId).update();
        return true;
    }

    public boolean removeUseful(long postId, long personId) {
        if (jdbc.sql("delete from community_useful where post_id = ? and person_id = ?").param(postId).param(personId)
                .update() == 0) {
            return false;
        }
        jdbc.sql("update community_post set useful_count = useful_count - 1 where id = ?").param(postId).update();
        return true;
    }

    public Set<Long> usefulBy(long personId, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select post_id from community_useful where person_id = :p and post_id in (:ids)")
                .param("p", personId).param("ids", postIds).query(Long.class).list());
    }

    /** How many posts the person wrote since then, for posting limits. */
    public int countByAuthorSince(long authorId, Instant since) {
        return jdbc.sql("select count(*) from community_post where author_id = ? and created_at >= ?")
                .param(authorId).param(Times.utc(since)).query(Integer.class).single();
    }

    /** Visible replies per debate position. */
    public <E extends Enum<E>> Map<E, Integer> stances(long threadId, Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        jdbc.sql("""
                select stance, count(*) from community_post
                where thread_id = ? and stance is not null and hidden = false group by stance""")
                .param(threadId).query((r, n) -> counts.put(Enum.valueOf(type, r.getString(1)), r.getInt(2))).list();
        return counts;
    }

    /** What search needs of a visible post: its text, its thread's title and its space (named in both languages). */
    public record SearchRow(long id, long threadId, int seq, String body, String threadTitle, long spaceId,
                            String spaceNameEs, String spaceNameEn) {
    }

    /** Posts readers can see (not hidden, in a thread that is not hidden), by id; none for the others. */
    public List<SearchRow> searchRows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id, p.thread_id, p.seq, p.body, t.title, t.space_id, s.name_es, s.name_en
                from community_post p join community_thread t on t.id = p.thread_id
                join community_space s on s.id = t.space_id
                where p.id in (:ids) and p.hidden = false and t.hidden = false order by p.id""")
                .param("ids", ids).query((r, n) -> new SearchRow(r.getLong(1), r.getLong(2), r.getInt(3),
                        r.getString(4), r.getString(5), r.getLong(6), r.getString(7), r.getString(8))).list();
    }

    /** Every post id, oldest first, for a full search rebuild. */
    public List<Long> allIds() {
        return jdbc.sql("select id from community_post order by id").query(Long.class).list();
    }

    /** Every post id of a space's threads, oldest first (its search documents name the space). */
    public List<Long> idsInSpace(long spaceId) {
        return jdbc.sql("""
                select p.id from community_post p join community_thread t on t.id = p.thread_id
                where t.space_id = ? order by p.id""").param(spaceId).query(Long.class).list();
    }

    public List<Long> idsOfThread(long threadId) {
        return jdbc.sql("select id from community_post where thread_id = ? order by seq").param(threadId)
                .query(Long.class).list();
    }

    static PostRow row(ResultSet r, int n) throws SQLException {
        return new PostRow(r.getLong("id"), r.getLong("thread_id"), r.getInt("seq"), r.getLong("author_id"),
                r.getString("body"), r.getString("html"), Times.optionalLong(r, "quoted_post_id"),
                r.getString("stance"), r.getInt("useful_count"), r.getBoolean("hidden"),
                Times.required(r, "created_at"), Times.read(r, "edited_at"), Times.optionalLong(r, "edited_by"),
                r.getBoolean("edited_shown"), r.getLong("version"));
    }
}
