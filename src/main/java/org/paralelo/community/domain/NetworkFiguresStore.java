package org.paralelo.community.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts of network activity for reports, in plain SQL: threads started, replies written and messages sent in a
 * period, and members whose profile is published now; hidden posts left out. Optionally for some people only
 * (their ids in chunks, so a long list stays within the databases' limits).
 */
@Repository
public class NetworkFiguresStore {

    private static final int IN_CHUNK = 500;

    private final JdbcTemplate jdbc;

    NetworkFiguresStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int threads(Instant start, Instant end, @Nullable Collection<Long> people) {
        return count("select count(*) from community_thread where hidden = false and created_at >= ?"
                + " and created_at < ?", "author_id", start, end, people);
    }

    /** Posts after the first of their thread. */
    public int replies(Instant start, Instant end, @Nullable Collection<Long> people) {
        return count("select count(*) from community_post where hidden = false and seq > 1 and created_at >= ?"
                + " and created_at < ?", "author_id", start, end, people);
    }

    public int messages(Instant start, Instant end, @Nullable Collection<Long> people) {
        return count("select count(*) from direct_message where sent_at >= ? and sent_at < ?", "sender_id", start, end,
                people);
    }

    public int publicProfiles(@Nullable Collection<Long> people) {
        return count("select count(*) from network_profile where published = true", "person_id", null, null, people);
    }

    private int count(String sql, String personColumn, @Nullable Instant start, @Nullable Instant end,
                      @Nullable Collection<Long> people) {
        List<Object> times = start == null || end == null ? List.of() : List.of(Times.utc(start),
                Times.utc(end));
        if (people == null) {
            return one(sql, times);
        }
        List<Long> all = new ArrayList<>(people);
        int total = 0;
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            List<Object> args = new ArrayList<>(times);
            args.addAll(chunk);
            total += one(sql + " and " + personColumn + " in (" + String.join(",", Collections.nCopies(chunk.size(),
                    "?")) + ")", args);
        }
        return total;
    }

    private int one(String sql, List<Object> args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args.toArray());
        return n == null ? 0 : n;
    }
}
