package org.paralelo.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Attempts counted in the database ({@code attempt_log}, V63), so a limit holds across every app node: "at most N
 * in any window" per key, as the in-memory counters it replaced. Each write is its own short transaction
 * ({@link OwnTransaction}), so a refused attempt still counts; callers therefore count outside their own transaction,
 * never inside it. Keys are stored as their SHA-256, so addresses and e-mails are not kept in clear.
 */
@Component
public class AttemptLog {

    private final JdbcClient jdbc;
    private final OwnTransaction ownTransaction;
    private final Clock clock;

    public AttemptLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new OwnTransaction(transactions);
        this.clock = clock;
    }

    /** How many attempts under this key were counted within the last {@code window}, on any node. */
    public int countWithin(String key, Duration window) {
        long now = clock.millis();
        return ownTransaction.execute(status -> jdbc.sql("select count(*) from attempt_log "
                        + "where attempt_key = :key and at_ms > :since")
                .param("key", hash(key)).param("since", now - window.toMillis())
                .query(Long.class).single().intValue());
    }

    /** Counts one attempt, remembered for {@code window}. */
    public void record(String key, Duration window) {
        long now = clock.millis();
        ownTransaction.run(status -> insert(hash(key), now, window));
    }

    /**
     * Counts one attempt if fewer than {@code limit} were counted within the window, and answers whether it did. The
     * attempt is written first and counted with everything committed: nodes racing on the last free place may both
     * be refused, but never more than {@code limit} pass.
     */
    public boolean recordIfUnder(String key, int limit, Duration window) {
        String hashed = hash(key);
        long now = clock.millis();
        long id = ownTransaction.execute(status -> insert(hashed, now, window));
        if (countWithin(key, window) <= limit) {
            return true;
        }
        ownTransaction.run(status -> jdbc.sql("delete from attempt_log where id = :id")
                .param("id", id).update());
        return false;
    }

    /** Forgets every attempt under this key (a success forgives earlier mistakes). */
    public void forget(String key) {
        ownTransaction.run(status -> jdbc.sql("delete from attempt_log where attempt_key = :key")
                .param("key", hash(key)).update());
    }

    /** Attempts past their window count for nothing: one node deletes them every five minutes. */
    @Scheduled(fixedDelay = 300_000, initialDelay = 300_000)
    @SchedulerLock(name = "attempt-log-cleanup")
    void forgetExpired() {
        jdbc.sql("delete from attempt_log where expires_ms <= :now").param("now", clock.millis()).update();
    }

    private long insert(String hashed, long now, Duration window) {
        GeneratedKeyHolder keyHolder = new GeneratedKeyHolder();
        jdbc.sql("insert into attempt_log (attempt_key, at_ms, expires_ms) values (:key, :now, :expires)")
                .param("key", hashed).param("now", now).param("expires", now + window.toMillis())
                .update(keyHolder, "id");
        // H2 hands the key back as a Long, MariaDB as a BigInteger.
        return Objects.requireNonNull(keyHolder.getKey(), "generated id").longValue();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
