package org.paralelo.people.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.paralelo.base.OwnTransaction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Counters in the database, so every app node on it counts the same failures (the default; {@code
 * paralelo.login.counters=memory} keeps them per node). An increment is one row-locking {@code UPDATE} in its own
 * short transaction, which H2 and MariaDB both make atomic; the first increment of a key inserts the row, and a
 * node that loses that race to another (duplicate key, or a deadlock MariaDB resolves by rolling one back) counts
 * again, which updates instead.
 *
 * <p>Counts must stay when the sign-in fails, so each is its own transaction ({@link OwnTransaction}), which needs no
 * second connection because sign-in never runs inside a transaction: the sign-in form and HTTP Basic are checked in
 * the security filters, and registration signs the new account in after its own transaction has committed.
 */
@Component
@ConditionalOnProperty(name = "paralelo.login.counters", havingValue = "database", matchIfMissing = true)
class JdbcSignInCounters implements SignInCounters {

    private final JdbcClient jdbc;
    private final OwnTransaction ownTransaction;
    private final Clock clock;
    private final int maxRows;

    JdbcSignInCounters(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
                       @Value("${paralelo.login.counter-max-rows:100000}") int maxRows) {
        this.jdbc = jdbc;
        this.ownTransaction = new OwnTransaction(transactions);
        this.clock = clock;
        this.maxRows = maxRows;
    }

    @Override
    public Count increment(String key, Instant now, Duration window) {
        String hashed = hash(key);
        long nowMs = now.toEpochMilli();
        long expiresMs = now.plus(window).toEpochMilli();
        for (int attempt = 0; ; attempt++) {
            try {
                return countIn(hashed, now, nowMs, expiresMs);
            } catch (DuplicateKeyException | ConcurrencyFailureException raceForANewKey) {
                // Another node inserted the key first, or (MariaDB) two first inserts deadlocked on the index
                // gap and one was rolled back whole: counting again counts once.
                if (attempt >= 5) {
                    throw raceForANewKey;
                }
            }
        }
    }

    private Count countIn(String hashed, Instant now, long nowMs, long expiresMs) {
        return ownTransaction.execute(status -> {
            int updated = jdbc.sql("""
                            update sign_in_counter
                            set hits = case when expires_ms <= :now then 1 else hits + 1 end,
                                last_ms = :now, expires_ms = :expires
                            where counter_key = :key""")
                    .param("now", nowMs).param("expires", expiresMs).param("key", hashed).update();
            if (updated == 0) {
                jdbc.sql("insert into sign_in_counter (counter_key, hits, last_ms, expires_ms) "
                                + "values (:key, 1, :now, :expires)")
                        .param("key", hashed).param("now", nowMs).param("expires", expiresMs).update();
                return new Count(1, now);
            }
            // Our update still holds the row lock, so this is the count our increment made.
            return jdbc.sql("select hits from sign_in_counter where counter_key = :key").param("key", hashed)
                    .query((row, n) -> new Count(row.getInt("hits"), now)).single();
        });
    }

    @Override
    public Count read(String key, Instant now) {
        List<Count> found = jdbc.sql("select hits, last_ms from sign_in_counter "
                        + "where counter_key = :key and expires_ms > :now")
                .param("key", hash(key)).param("now", now.toEpochMilli())
                .query((row, n) -> new Count(row.getInt("hits"), Instant.ofEpochMilli(row.getLong("last_ms"))))
                .list();
        return found.isEmpty() ? Count.NONE : found.getFirst();
    }

    @Override
    public void reset(String key) {
        ownTransaction.run(status -> jdbc.sql("delete from sign_in_counter where counter_key = :key")
                .param("key", hash(key)).update());
    }

    /**
     * Deletes expired rows, then keeps the table at most {@code maxRows} by dropping the single failures that expire
     * first: a flood of random names cannot grow it without bound, and counts that are slowing someone down
     * (more than one failure) are the last to go.
     */
    @Scheduled(fixedDelay = 300_000, initialDelay = 300_000)
    @SchedulerLock(name = "sign-in-counters-cleanup")
    void forgetExpired() {
        long now = clock.millis();
        jdbc.sql("delete from sign_in_counter where expires_ms <= :now").param("now", now).update();
        long rows = jdbc.sql("select count(*) from sign_in_counter").query(Long.class).single();
        if (rows > maxRows) {
            List<Long> cut = jdbc.sql("select expires_ms from sign_in_counter where hits = 1 "
                            + "order by expires_ms limit 1 offset :excess")
                    .param("excess", rows - maxRows - 1).query(Long.class).list();
            String upTo = cut.isEmpty() ? "" : " and expires_ms <= :cut";
            var delete = jdbc.sql("delete from sign_in_counter where hits = 1" + upTo);
            (cut.isEmpty() ? delete : delete.param("cut", cut.getFirst())).update();
        }
    }

    /** Fixed length for the primary key, and no usernames or addresses in clear. */
    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
