package org.paralelo.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.paralelo.base.UtcDateTimes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durable search change log (table {@code search_change}, V46): what changed is written in the transaction of
 * the change, so it exists exactly when the change committed, whichever node made it. An entry names what to re-read
 * (a course, or a source's group), never the documents themselves: the database stays the only source of truth.
 * An entry's time is written from the app's clock as a UTC date-time and pruning compares in the same terms (the
 * column's default is the database server's clock in its session's zone, which need not be the JVM's).
 */
@Component
class ChangeLog {

    /** What an entry asks every node to re-read. */
    enum Kind { COURSE, SOURCE }

    record Change(long id, Kind kind, String ref) {
    }

    private final JdbcTemplate jdbc;
    private final ChangeSignal signal;
    private final Clock clock;

    ChangeLog(JdbcTemplate jdbc, ChangeSignal signal, Clock clock) {
        this.jdbc = jdbc;
        this.signal = signal;
        this.clock = clock;
    }

    /** Writes an entry in the caller's transaction (or on its own without one) and wakes this node's follower. */
    void record(Kind kind, String ref) {
        jdbc.update("insert into search_change (kind, ref, created_at) values (?, ?, ?)", kind.name(), ref,
                UtcDateTimes.of(clock.instant()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        } else {
            signal.wake();
        }
    }

    /** Entries after {@code position}, oldest first: a primary-key range scan, cheap when nothing changed. */
    List<Change> after(long position, int limit) {
        return jdbc.query("select id, kind, ref from search_change where id > ? order by id limit " + limit,
                (rs, i) -> new Change(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3)), position);
    }

    /** The newest id written so far (pruning may have emptied the table: then the highest pruned id). */
    long latest() {
        Long id = jdbc.queryForObject("select max(id) from search_change", Long.class);
        return Math.max(id == null ? 0 : id, prunedThrough());
    }

    long prunedThrough() {
        Long id = jdbc.queryForObject("select pruned_through from search_change_pruned where id = 1", Long.class);
        return id == null ? 0 : id;
    }

    /** Deletes the entries written before {@code cutoff}; returns how many. */
    @Transactional
    int prune(Instant cutoff) {
        Long last = jdbc.queryForObject("select max(id) from search_change where created_at < ?", Long.class,
                UtcDateTimes.of(cutoff));
        if (last == null) {
            return 0;
        }
        jdbc.update("update search_change_pruned set pruned_through = ? where id = 1 and pruned_through < ?",
                last, last);
        return jdbc.update("delete from search_change where id <= ?", last);
    }
}
