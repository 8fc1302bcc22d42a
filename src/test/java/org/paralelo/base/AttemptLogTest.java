package org.paralelo.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.SecondNode;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app nodes share only the database: "node A" and "node B" are two {@link AttemptLog}s over this context's
 * DataSource ({@link SecondNode}), which is all a second node's log is made of. Runs on H2 and, with the persistence group, on MariaDB.
 */
@ParaleloSpringTest
@Tag("persistence")
class AttemptLogTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    ApplicationContext app;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    void attempts_counted_on_two_nodes_add_up_and_a_forget_on_one_clears_both() {
        AttemptLog nodeA = node();
        AttemptLog nodeB = node();
        String key = unique("suma");
        nodeA.record(key, HOUR);
        nodeB.record(key, HOUR);
        nodeB.record(key, HOUR);

        assertThat(nodeA.countWithin(key, HOUR)).isEqualTo(3);
        assertThat(nodeB.countWithin(key, HOUR)).isEqualTo(3);
        nodeA.forget(key);
        assertThat(nodeB.countWithin(key, HOUR)).isZero();
    }

    @Test
    void an_attempt_counted_before_a_transaction_that_rolls_back_still_counts() {
        String key = unique("rollback");
        TransactionTemplate caller = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        node().record(key, HOUR);
        caller.executeWithoutResult(status -> status.setRollbackOnly());

        assertThat(node().countWithin(key, HOUR)).isEqualTo(1);
    }

    @Test
    void counting_inside_a_callers_transaction_is_refused_rather_than_taking_a_second_connection() {
        String key = unique("dentro");
        TransactionTemplate caller = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));

        assertThatThrownBy(() -> caller.executeWithoutResult(status -> node().record(key, HOUR)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("second database connection");
        assertThat(node().countWithin(key, HOUR)).isZero();
    }

    @Test
    void only_attempts_within_the_window_count_and_expired_ones_are_deleted() {
        AttemptLog log = node();
        String key = unique("ventana");
        log.record(key, Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(10));
        log.record(key, Duration.ofMinutes(15));
        assertThat(log.countWithin(key, Duration.ofMinutes(15))).isEqualTo(2);

        clock.advance(Duration.ofMinutes(6));
        assertThat(log.countWithin(key, Duration.ofMinutes(15))).as("the first is 16 minutes old").isEqualTo(1);
        log.forgetExpired();
        assertThat(rows(key)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        log.forgetExpired();
        assertThat(rows(key)).isZero();
    }

    @Test
    void a_limit_holds_across_nodes_and_a_refused_attempt_does_not_count() {
        AttemptLog nodeA = node();
        AttemptLog nodeB = node();
        String key = unique("limite");
        assertThat(nodeA.recordIfUnder(key, 3, HOUR)).isTrue();
        assertThat(nodeB.recordIfUnder(key, 3, HOUR)).isTrue();
        assertThat(nodeA.recordIfUnder(key, 3, HOUR)).isTrue();
        assertThat(nodeB.recordIfUnder(key, 3, HOUR)).isFalse();
        assertThat(nodeA.recordIfUnder(key, 3, HOUR)).isFalse();

        assertThat(rows(key)).isEqualTo(3);
    }

    @Test
    void two_nodes_racing_for_the_last_places_never_let_more_than_the_limit_pass() throws Exception {
        List<AttemptLog> nodes = List.of(node(), node());
        String key = unique("carrera");
        AtomicInteger passed = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            AttemptLog node = nodes.get(thread % 2);
            done.add(threads.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    if (node.recordIfUnder(key, 7, HOUR)) {
                        passed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> each : done) {
            each.get();
        }
        threads.shutdown();

        assertThat(passed.get()).isBetween(1, 7);
        assertThat(rows(key)).isEqualTo(passed.get());
    }

    @Test
    void keys_are_stored_hashed_not_in_clear() {
        String key = unique("ana@ejemplo.mx");
        node().record(key, HOUR);

        assertThat(jdbc.sql("select count(*) from attempt_log where attempt_key like :clear")
                .param("clear", "%ejemplo%").query(Long.class).single()).isZero();
        assertThat(rows(key)).isEqualTo(1);
    }

    private long rows(String key) {
        return jdbc.sql("select count(*) from attempt_log where attempt_key = :key")
                .param("key", AttemptLog.hash(key)).query(Long.class).single();
    }

    private AttemptLog node() {
        return SecondNode.attemptLog(app);
    }

    private static String unique(String name) {
        return "test:" + name + "-" + System.nanoTime();
    }
}
