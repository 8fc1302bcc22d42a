package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run on one node at a time. Each "node" here is its own ShedLock provider over the one database,
 * which is all a second app node shares with the first for this purpose.
 */
@ParaleloSpringTest
@Tag("persistence")
class ScheduledJobsRunOnceTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcSignInCounters applicationCounters;
    @Autowired
    TestClock clock;

    @Test
    void two_nodes_starting_the_same_job_together_run_its_body_once() throws Exception {
        String job = "test-job-" + System.nanoTime();
        List<LockingTaskExecutor> nodes = List.of(new DefaultLockingTaskExecutor(node()),
                new DefaultLockingTaskExecutor(node()));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Object>> done = nodes.stream().map(node -> threads.submit(() -> {
            start.await();
            node.executeWithLock((Runnable) () -> {
                runs.incrementAndGet();
                pause(Duration.ofMillis(500));
            }, new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ofSeconds(5)));
            return null;
        })).toList();
        start.countDown();
        for (Future<Object> each : done) {
            each.get();
        }
        threads.shutdown();

        assertThat(runs).hasValue(1);
    }

    @Test
    void the_applications_scheduled_cleanup_skips_its_turn_while_another_node_holds_the_job() {
        String key = "s:cerrojo-" + System.nanoTime();
        applicationCounters.increment(key, clock.instant().minus(Duration.ofHours(2)), Duration.ofHours(1));
        SimpleLock otherNodeRunsIt = node().lock(new LockConfiguration(Instant.now(), "sign-in-counters-cleanup",
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();

        applicationCounters.forgetExpired();
        boolean keptWhileLocked = rowExists(key);
        otherNodeRunsIt.unlock();
        applicationCounters.forgetExpired();

        assertThat(keptWhileLocked).as("skipped while the other node holds the lock").isTrue();
        assertThat(rowExists(key)).as("run once the lock is free").isFalse();
    }

    private boolean rowExists(String key) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from sign_in_counter where counter_key = ?",
                Long.class, JdbcSignInCounters.hash(key)) > 0;
    }

    private LockProvider node() {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
